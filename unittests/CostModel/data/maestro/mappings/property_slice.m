// 150 random layers of bench/maestro_property.py --seed 1
Network prop {
Layer L0 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 3, R: 3, S: 3, Y: 18, X: 27 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) K;
  SpatialMap(4,4) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L1 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 96, C: 1, R: 5, S: 5, Y: 27, X: 19 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L2 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 64, R: 1, S: 1, Y: 24, X: 1 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(Sz(S),1) X;
  SpatialMap(4,4) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L3 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 64, R: 5, S: 5, Y: 22, X: 25 }
Dataflow {
  SpatialMap(2,2) K;
  TemporalMap(1,1) C;
  TemporalMap(6,2) X;
  TemporalMap(6,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L4 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 100, R: 3, S: 3, Y: 19, X: 15 }
Dataflow {
  TemporalMap(32,32) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L5 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 3, R: 3, S: 3, Y: 27, X: 8 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(32,32) K;
  SpatialMap(4,4) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L7 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 4, R: 3, S: 3, Y: 19, X: 27 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(8,8) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L8 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 1, R: 3, S: 3, Y: 20, X: 20 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(64,64) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L9 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 3, R: 1, S: 1, Y: 3, X: 1 }
Dataflow {
  TemporalMap(2,2) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L10 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 4, R: 3, S: 3, Y: 11, X: 19 }
Dataflow {
  SpatialMap(2,2) K;
  TemporalMap(4,2) X;
  TemporalMap(32,32) C;
  TemporalMap(4,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L11 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 16, R: 5, S: 5, Y: 17, X: 15 }
Dataflow {
  SpatialMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L12 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 64, R: 1, S: 1, Y: 5, X: 2 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L13 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 1, C: 16, R: 3, S: 3, Y: 7, X: 9 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(64,64) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L14 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 1, R: 3, S: 3, Y: 21, X: 9 }
Dataflow {
  TemporalMap(8,8) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L15 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 3, R: 5, S: 5, Y: 26, X: 17 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) C;
  TemporalMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L16 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 4, R: 3, S: 3, Y: 13, X: 16 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(64,64) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L17 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 3, R: 3, S: 3, Y: 7, X: 8 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(4,4) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L18 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 100, R: 1, S: 1, Y: 5, X: 19 }
Dataflow {
  TemporalMap(8,8) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L19 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 8, R: 1, S: 1, Y: 19, X: 3 }
Dataflow {
  TemporalMap(2,2) X;
  TemporalMap(2,2) Y;
  TemporalMap(16,16) K;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L20 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 1, R: 1, S: 1, Y: 3, X: 14 }
Dataflow {
  TemporalMap(2,2) C;
  TemporalMap(2,2) Y;
  SpatialMap(1,1) K;
  TemporalMap(2,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L21 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 3, R: 3, S: 3, Y: 16, X: 15 }
Dataflow {
  TemporalMap(32,32) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L22 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 1, R: 3, S: 3, Y: 12, X: 26 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(4,4) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L23 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 8, R: 5, S: 5, Y: 24, X: 29 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(4,4) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L24 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 3, R: 3, S: 3, Y: 27, X: 17 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(2,2) C;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L25 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 32, R: 3, S: 3, Y: 6, X: 20 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L26 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 1, R: 1, S: 1, Y: 10, X: 25 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) K;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L27 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 4, R: 3, S: 3, Y: 13, X: 12 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L28 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 16, R: 3, S: 3, Y: 16, X: 20 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L29 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 1, C: 64, R: 5, S: 5, Y: 15, X: 10 }
Dataflow {
  TemporalMap(64,64) K;
  SpatialMap(1,1) C;
  TemporalMap(6,2) Y;
  TemporalMap(6,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L30 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 4, R: 3, S: 3, Y: 7, X: 11 }
Dataflow {
  TemporalMap(4,2) Y;
  TemporalMap(2,2) K;
  TemporalMap(4,2) X;
  SpatialMap(4,4) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L31 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 100, R: 3, S: 3, Y: 24, X: 23 }
Dataflow {
  TemporalMap(4,2) Y;
  TemporalMap(8,8) C;
  SpatialMap(2,2) K;
  TemporalMap(4,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L32 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 3, R: 3, S: 3, Y: 27, X: 19 }
Dataflow {
  SpatialMap(1,1) C;
  TemporalMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L33 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 64, R: 5, S: 5, Y: 10, X: 9 }
Dataflow {
  TemporalMap(6,2) X;
  TemporalMap(6,2) Y;
  TemporalMap(16,16) K;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L34 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 4, R: 3, S: 3, Y: 20, X: 26 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L35 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 64, R: 1, S: 1, Y: 14, X: 13 }
Dataflow {
  TemporalMap(2,2) C;
  TemporalMap(2,2) Y;
  SpatialMap(4,4) K;
  TemporalMap(2,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L36 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 16, R: 5, S: 5, Y: 12, X: 17 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L37 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 16, R: 3, S: 3, Y: 7, X: 20 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(16,16) C;
  SpatialMap(2,2) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L38 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 64, R: 5, S: 5, Y: 11, X: 14 }
Dataflow {
  TemporalMap(6,2) X;
  TemporalMap(16,16) C;
  TemporalMap(6,2) Y;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L39 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 32, R: 3, S: 3, Y: 21, X: 12 }
Dataflow {
  TemporalMap(64,64) K;
  TemporalMap(4,2) X;
  SpatialMap(2,2) C;
  TemporalMap(4,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L40 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 64, R: 5, S: 5, Y: 15, X: 28 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) K;
  SpatialMap(4,4) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L41 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 100, R: 5, S: 5, Y: 24, X: 26 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(32,32) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L42 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 16, R: 1, S: 1, Y: 21, X: 1 }
Dataflow {
  TemporalMap(32,32) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L43 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 64, R: 1, S: 1, Y: 22, X: 18 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(64,64) K;
  SpatialMap(4,4) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L44 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 3, R: 1, S: 1, Y: 24, X: 19 }
Dataflow {
  TemporalMap(1,1) K;
  TemporalMap(2,2) Y;
  SpatialMap(2,2) C;
  TemporalMap(2,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L45 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 16, R: 3, S: 3, Y: 22, X: 12 }
Dataflow {
  TemporalMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L46 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 1, R: 3, S: 3, Y: 8, X: 12 }
Dataflow {
  TemporalMap(4,2) Y;
  TemporalMap(8,8) K;
  SpatialMap(1,1) C;
  TemporalMap(4,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L47 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 16, R: 3, S: 3, Y: 22, X: 25 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(4,2) Y;
  TemporalMap(64,64) C;
  TemporalMap(4,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L48 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 3, R: 3, S: 3, Y: 23, X: 26 }
Dataflow {
  SpatialMap(4,4) K;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(16,16) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L49 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 100, R: 3, S: 3, Y: 14, X: 12 }
Dataflow {
  TemporalMap(32,32) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L50 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 3, R: 5, S: 5, Y: 10, X: 6 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(64,64) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L51 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 4, R: 3, S: 3, Y: 6, X: 10 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) C;
  TemporalMap(8,8) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L52 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 64, R: 3, S: 3, Y: 9, X: 17 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) C;
  TemporalMap(16,16) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L53 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 64, R: 1, S: 1, Y: 19, X: 10 }
Dataflow {
  TemporalMap(2,2) X;
  TemporalMap(2,2) Y;
  SpatialMap(1,1) K;
  TemporalMap(64,64) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L54 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 64, R: 3, S: 3, Y: 11, X: 7 }
Dataflow {
  TemporalMap(1,1) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L55 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 3, R: 3, S: 3, Y: 9, X: 3 }
Dataflow {
  SpatialMap(1,1) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(32,32) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L56 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 8, R: 3, S: 3, Y: 10, X: 4 }
Dataflow {
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(16,16) C;
  SpatialMap(4,4) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L57 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 16, R: 3, S: 3, Y: 26, X: 22 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) C;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L58 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 100, R: 1, S: 1, Y: 17, X: 12 }
Dataflow {
  TemporalMap(2,2) Y;
  TemporalMap(2,2) X;
  TemporalMap(2,2) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L59 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 16, R: 5, S: 5, Y: 7, X: 13 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L60 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 3, R: 3, S: 3, Y: 24, X: 12 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(4,2) Y;
  TemporalMap(4,2) X;
  TemporalMap(16,16) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L61 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 4, R: 5, S: 5, Y: 25, X: 19 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(2,2) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L62 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 3, R: 5, S: 5, Y: 6, X: 14 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  SpatialMap(2,2) C;
  TemporalMap(4,4) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L63 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 32, R: 1, S: 1, Y: 11, X: 19 }
Dataflow {
  SpatialMap(2,2) K;
  TemporalMap(8,8) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L64 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 1, R: 1, S: 1, Y: 17, X: 16 }
Dataflow {
  SpatialMap(2,2) C;
  TemporalMap(2,2) X;
  TemporalMap(4,4) K;
  TemporalMap(2,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L65 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 4, R: 3, S: 3, Y: 11, X: 24 }
Dataflow {
  TemporalMap(1,1) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L66 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 8, R: 1, S: 1, Y: 9, X: 3 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(32,32) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L67 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 8, R: 5, S: 5, Y: 24, X: 20 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(32,32) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L68 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 1, R: 3, S: 3, Y: 26, X: 20 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) K;
  SpatialMap(4,4) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L69 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 16, R: 5, S: 5, Y: 27, X: 27 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(64,64) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L70 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 96, C: 16, R: 5, S: 5, Y: 19, X: 14 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(16,16) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L71 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 64, R: 1, S: 1, Y: 10, X: 22 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(64,64) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L72 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 64, R: 3, S: 3, Y: 17, X: 6 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(8,8) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L73 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 16, R: 3, S: 3, Y: 19, X: 12 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(8,8) K;
  SpatialMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L74 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 4, R: 5, S: 5, Y: 11, X: 9 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L75 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 64, R: 3, S: 3, Y: 22, X: 4 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(4,4) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L76 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 4, R: 1, S: 1, Y: 16, X: 23 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L77 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 100, R: 5, S: 5, Y: 8, X: 9 }
Dataflow {
  SpatialMap(1,1) C;
  TemporalMap(6,2) X;
  TemporalMap(2,2) K;
  TemporalMap(6,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L78 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 32, R: 5, S: 5, Y: 20, X: 8 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(32,32) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L79 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 16, R: 1, S: 1, Y: 9, X: 23 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L80 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 16, R: 3, S: 3, Y: 18, X: 25 }
Dataflow {
  SpatialMap(4,4) C;
  TemporalMap(2,2) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L81 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 4, R: 3, S: 3, Y: 26, X: 21 }
Dataflow {
  TemporalMap(1,1) K;
  SpatialMap(1,1) C;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L82 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 100, R: 3, S: 3, Y: 18, X: 13 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) K;
  TemporalMap(32,32) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L83 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 8, R: 3, S: 3, Y: 19, X: 21 }
Dataflow {
  TemporalMap(1,1) K;
  SpatialMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L84 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 16, R: 3, S: 3, Y: 22, X: 26 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(4,4) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L85 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 3, R: 3, S: 3, Y: 5, X: 26 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(2,2) C;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L86 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 8, R: 3, S: 3, Y: 6, X: 24 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(16,16) K;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L87 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 100, R: 3, S: 3, Y: 21, X: 16 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) C;
  TemporalMap(32,32) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L88 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 16, R: 3, S: 3, Y: 20, X: 3 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(16,16) K;
  SpatialMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L89 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 32, R: 1, S: 1, Y: 18, X: 18 }
Dataflow {
  TemporalMap(2,2) X;
  TemporalMap(2,2) Y;
  SpatialMap(2,2) K;
  TemporalMap(8,8) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L90 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 32, R: 3, S: 3, Y: 14, X: 12 }
Dataflow {
  TemporalMap(64,64) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L91 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 1, R: 3, S: 3, Y: 23, X: 7 }
Dataflow {
  SpatialMap(1,1) C;
  TemporalMap(8,8) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L92 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 100, R: 3, S: 3, Y: 4, X: 6 }
Dataflow {
  TemporalMap(64,64) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L93 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 32, R: 3, S: 3, Y: 18, X: 25 }
Dataflow {
  TemporalMap(1,1) C;
  TemporalMap(4,2) X;
  SpatialMap(1,1) K;
  TemporalMap(4,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L94 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 32, R: 1, S: 1, Y: 9, X: 22 }
Dataflow {
  SpatialMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L95 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 32, R: 3, S: 3, Y: 24, X: 6 }
Dataflow {
  TemporalMap(4,4) C;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L96 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 64, R: 3, S: 3, Y: 25, X: 10 }
Dataflow {
  SpatialMap(2,2) K;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(4,4) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L97 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 8, R: 5, S: 5, Y: 18, X: 19 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L98 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 1, R: 5, S: 5, Y: 25, X: 7 }
Dataflow {
  TemporalMap(32,32) C;
  TemporalMap(6,2) X;
  SpatialMap(4,4) K;
  TemporalMap(6,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L99 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 100, R: 1, S: 1, Y: 13, X: 21 }
Dataflow {
  TemporalMap(2,2) Y;
  SpatialMap(4,4) K;
  TemporalMap(2,2) X;
  TemporalMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L100 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 3, R: 3, S: 3, Y: 27, X: 20 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(16,16) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L101 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 3, R: 1, S: 1, Y: 8, X: 13 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) K;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L102 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 16, R: 3, S: 3, Y: 17, X: 11 }
Dataflow {
  SpatialMap(1,1) C;
  TemporalMap(16,16) K;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L103 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 64, R: 5, S: 5, Y: 11, X: 20 }
Dataflow {
  TemporalMap(4,4) K;
  TemporalMap(6,2) X;
  SpatialMap(1,1) C;
  TemporalMap(6,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L104 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 16, R: 3, S: 3, Y: 11, X: 11 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L105 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 8, R: 3, S: 3, Y: 20, X: 16 }
Dataflow {
  TemporalMap(16,16) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L106 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 1, R: 1, S: 1, Y: 24, X: 13 }
Dataflow {
  TemporalMap(2,2) X;
  SpatialMap(1,1) C;
  TemporalMap(2,2) Y;
  TemporalMap(16,16) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L107 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 8, R: 5, S: 5, Y: 26, X: 28 }
Dataflow {
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L108 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 16, R: 3, S: 3, Y: 9, X: 25 }
Dataflow {
  TemporalMap(4,2) X;
  TemporalMap(64,64) K;
  TemporalMap(4,2) Y;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L109 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 1, R: 5, S: 5, Y: 6, X: 15 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L110 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 64, R: 5, S: 5, Y: 26, X: 21 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(32,32) C;
  TemporalMap(Sz(S),1) X;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L111 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 1, R: 5, S: 5, Y: 25, X: 10 }
Dataflow {
  SpatialMap(2,2) K;
  TemporalMap(6,2) Y;
  TemporalMap(64,64) C;
  TemporalMap(6,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L112 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 1, R: 1, S: 1, Y: 15, X: 25 }
Dataflow {
  TemporalMap(8,8) C;
  TemporalMap(2,2) X;
  SpatialMap(1,1) K;
  TemporalMap(2,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L113 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 32, C: 8, R: 1, S: 1, Y: 6, X: 20 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  SpatialMap(4,4) K;
  TemporalMap(16,16) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L114 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 100, R: 1, S: 1, Y: 2, X: 20 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L115 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 16, R: 5, S: 5, Y: 16, X: 20 }
Dataflow {
  SpatialMap(4,4) K;
  TemporalMap(1,1) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L116 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 32, R: 3, S: 3, Y: 16, X: 15 }
Dataflow {
  TemporalMap(4,2) Y;
  TemporalMap(1,1) C;
  TemporalMap(4,2) X;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L117 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 3, R: 3, S: 3, Y: 18, X: 23 }
Dataflow {
  TemporalMap(4,2) Y;
  TemporalMap(4,4) C;
  TemporalMap(4,2) X;
  SpatialMap(4,4) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L118 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 4, R: 3, S: 3, Y: 21, X: 6 }
Dataflow {
  SpatialMap(4,4) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L119 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 64, R: 1, S: 1, Y: 18, X: 10 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) C;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L120 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 3, R: 3, S: 3, Y: 11, X: 26 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) K;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L121 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 100, R: 3, S: 3, Y: 14, X: 26 }
Dataflow {
  TemporalMap(4,2) X;
  SpatialMap(2,2) K;
  TemporalMap(4,2) Y;
  TemporalMap(8,8) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L122 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 8, R: 5, S: 5, Y: 8, X: 23 }
Dataflow {
  TemporalMap(32,32) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L123 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 32, R: 5, S: 5, Y: 12, X: 25 }
Dataflow {
  TemporalMap(1,1) C;
  SpatialMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L124 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 4, R: 3, S: 3, Y: 4, X: 19 }
Dataflow {
  SpatialMap(4,4) K;
  TemporalMap(4,4) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L125 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 4, R: 5, S: 5, Y: 11, X: 26 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(16,16) K;
  SpatialMap(4,4) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L126 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 96, C: 32, R: 1, S: 1, Y: 11, X: 3 }
Dataflow {
  SpatialMap(4,4) C;
  TemporalMap(64,64) K;
  TemporalMap(2,2) Y;
  TemporalMap(2,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L127 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 16, R: 5, S: 5, Y: 23, X: 29 }
Dataflow {
  TemporalMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L128 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 8, R: 5, S: 5, Y: 21, X: 19 }
Dataflow {
  SpatialMap(4,4) K;
  TemporalMap(6,2) Y;
  TemporalMap(6,2) X;
  TemporalMap(4,4) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L129 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 16, R: 1, S: 1, Y: 25, X: 18 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  SpatialMap(4,4) K;
  TemporalMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L130 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 3, R: 1, S: 1, Y: 5, X: 25 }
Dataflow {
  SpatialMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L131 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 100, R: 3, S: 3, Y: 5, X: 9 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(16,16) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L133 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 3, R: 3, S: 3, Y: 21, X: 23 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) K;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L134 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 32, R: 3, S: 3, Y: 10, X: 4 }
Dataflow {
  TemporalMap(2,2) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L135 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 1, C: 3, R: 1, S: 1, Y: 2, X: 1 }
Dataflow {
  TemporalMap(4,4) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L136 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 16, R: 3, S: 3, Y: 10, X: 8 }
Dataflow {
  TemporalMap(4,2) Y;
  TemporalMap(2,2) C;
  SpatialMap(1,1) K;
  TemporalMap(4,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L137 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 4, R: 5, S: 5, Y: 21, X: 25 }
Dataflow {
  TemporalMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L138 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 100, R: 3, S: 3, Y: 7, X: 10 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(4,4) C;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L139 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 1, R: 3, S: 3, Y: 9, X: 4 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(4,4) C;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L140 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 8, R: 3, S: 3, Y: 13, X: 14 }
Dataflow {
  TemporalMap(4,2) Y;
  TemporalMap(64,64) K;
  SpatialMap(4,4) C;
  TemporalMap(4,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L141 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 3, R: 5, S: 5, Y: 12, X: 7 }
Dataflow {
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L142 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 32, C: 1, R: 3, S: 3, Y: 14, X: 7 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  SpatialMap(2,2) C;
  TemporalMap(16,16) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L143 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 3, R: 3, S: 3, Y: 22, X: 11 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) K;
  TemporalMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L144 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 3, R: 3, S: 3, Y: 7, X: 24 }
Dataflow {
  TemporalMap(8,8) K;
  TemporalMap(4,2) Y;
  TemporalMap(4,2) X;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L145 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 32, R: 3, S: 3, Y: 19, X: 23 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(2,2) K;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L146 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 64, R: 3, S: 3, Y: 10, X: 14 }
Dataflow {
  TemporalMap(32,32) C;
  TemporalMap(4,2) Y;
  TemporalMap(4,2) X;
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L147 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 16, R: 3, S: 3, Y: 7, X: 8 }
Dataflow {
  SpatialMap(2,2) K;
  TemporalMap(4,2) Y;
  TemporalMap(16,16) C;
  TemporalMap(4,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L148 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 3, R: 3, S: 3, Y: 11, X: 9 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(64,64) C;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L149 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 3, R: 3, S: 3, Y: 22, X: 10 }
Dataflow {
  SpatialMap(4,4) K;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(32,32) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L150 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 100, R: 1, S: 1, Y: 18, X: 2 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(16,16) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L151 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 96, C: 32, R: 3, S: 3, Y: 21, X: 5 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) K;
  SpatialMap(4,4) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
}
