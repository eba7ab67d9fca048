// 100 random layers of bench/maestro_property.py --seed 2 --grouped
Network prop {
Layer L0 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 2, C: 32, R: 1, S: 1, Y: 6, X: 24 }
Dataflow {
  SpatialMap(1,1) C;
  TemporalMap(2,2) X;
  TemporalMap(1,1) G;
  TemporalMap(2,2) Y;
  TemporalMap(16,16) K;
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
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 3, K: 64, C: 16, R: 3, S: 3, Y: 4, X: 3 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(16,16) G;
  SpatialMap(4,4) C;
  TemporalMap(8,8) K;
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
Layer L2 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 3, C: 4, R: 3, S: 3, Y: 19, X: 19 }
Dataflow {
  SpatialMap(4,4) G;
  TemporalMap(64,64) K;
  TemporalMap(4,2) Y;
  TemporalMap(8,8) C;
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
Layer L3 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 24, C: 100, R: 5, S: 5, Y: 25, X: 21 }
Dataflow {
  SpatialMap(4,4) C;
  TemporalMap(16,16) G;
  TemporalMap(16,16) K;
  TemporalMap(Sz(S),1) X;
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
Layer L4 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 3, C: 16, R: 3, S: 3, Y: 27, X: 18 }
Dataflow {
  TemporalMap(32,32) K;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(2,2) G;
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
Layer L5 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 4, C: 3, R: 3, S: 3, Y: 4, X: 21 }
Dataflow {
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  SpatialMap(1,1) K;
  TemporalMap(1,1) G;
  TemporalMap(32,32) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L6 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 1, C: 32, R: 5, S: 5, Y: 16, X: 10 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) C;
  TemporalMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) G;
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
Layer L7 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 64, C: 1, R: 3, S: 3, Y: 15, X: 21 }
Dataflow {
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(1,1) C;
  TemporalMap(4,4) G;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L8 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 4, K: 64, C: 1, R: 3, S: 3, Y: 11, X: 27 }
Dataflow {
  TemporalMap(4,2) X;
  TemporalMap(2,2) K;
  TemporalMap(4,2) Y;
  SpatialMap(4,4) G;
  TemporalMap(1,1) C;
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
Layer L9 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 3, K: 32, C: 32, R: 3, S: 3, Y: 7, X: 13 }
Dataflow {
  TemporalMap(32,32) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(16,16) G;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L10 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 32, C: 8, R: 3, S: 3, Y: 19, X: 25 }
Dataflow {
  SpatialMap(4,4) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) G;
  TemporalMap(1,1) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L11 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 64, C: 1, R: 5, S: 5, Y: 9, X: 6 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(32,32) G;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) C;
  TemporalMap(16,16) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L12 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 4, C: 1, R: 3, S: 3, Y: 19, X: 24 }
Dataflow {
  TemporalMap(2,2) K;
  SpatialMap(4,4) C;
  TemporalMap(32,32) G;
  TemporalMap(Sz(S),1) X;
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
Layer L13 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 4, K: 64, C: 4, R: 1, S: 1, Y: 4, X: 22 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(16,16) K;
  SpatialMap(1,1) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(4,4) G;
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
Layer L14 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 4, C: 1, R: 1, S: 1, Y: 15, X: 2 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(2,2) Y;
  TemporalMap(2,2) K;
  TemporalMap(2,2) X;
  SpatialMap(4,4) G;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L15 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 4, C: 100, R: 3, S: 3, Y: 9, X: 6 }
Dataflow {
  TemporalMap(64,64) G;
  TemporalMap(Sz(S),1) X;
  TemporalMap(2,2) K;
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
Layer L16 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 24, C: 8, R: 1, S: 1, Y: 23, X: 4 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) G;
  TemporalMap(32,32) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(32,32) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L17 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 32, C: 100, R: 3, S: 3, Y: 26, X: 26 }
Dataflow {
  SpatialMap(4,4) C;
  TemporalMap(2,2) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(2,2) G;
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
Layer L18 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 2, C: 32, R: 1, S: 1, Y: 6, X: 18 }
Dataflow {
  TemporalMap(2,2) X;
  TemporalMap(64,64) G;
  TemporalMap(2,2) Y;
  TemporalMap(32,32) K;
  SpatialMap(1,1) C;
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
Layer L19 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 8, K: 3, C: 16, R: 3, S: 3, Y: 6, X: 7 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(4,2) Y;
  SpatialMap(2,2) C;
  TemporalMap(2,2) G;
  TemporalMap(4,2) X;
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
Layer L20 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 32, K: 16, C: 4, R: 3, S: 3, Y: 17, X: 17 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) C;
  TemporalMap(16,16) G;
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
Layer L21 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 32, K: 16, C: 32, R: 5, S: 5, Y: 27, X: 28 }
Dataflow {
  TemporalMap(6,2) X;
  TemporalMap(64,64) G;
  TemporalMap(8,8) C;
  SpatialMap(1,1) K;
  TemporalMap(6,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L22 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 2, C: 1, R: 5, S: 5, Y: 17, X: 11 }
Dataflow {
  TemporalMap(6,2) X;
  SpatialMap(1,1) G;
  TemporalMap(6,2) Y;
  TemporalMap(8,8) C;
  TemporalMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L23 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 96, C: 64, R: 3, S: 3, Y: 18, X: 11 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(32,32) K;
  SpatialMap(4,4) G;
  TemporalMap(2,2) C;
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
Layer L24 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 32, C: 16, R: 5, S: 5, Y: 21, X: 19 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(64,64) C;
  TemporalMap(64,64) G;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L25 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 8, K: 8, C: 4, R: 5, S: 5, Y: 5, X: 14 }
Dataflow {
  TemporalMap(16,16) G;
  TemporalMap(1,1) K;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
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
Layer L26 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 3, K: 64, C: 16, R: 3, S: 3, Y: 5, X: 11 }
Dataflow {
  TemporalMap(32,32) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(32,32) G;
  SpatialMap(2,2) C;
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
Layer L27 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 8, C: 1, R: 3, S: 3, Y: 10, X: 17 }
Dataflow {
  TemporalMap(4,2) X;
  TemporalMap(1,1) C;
  SpatialMap(1,1) K;
  TemporalMap(1,1) G;
  TemporalMap(4,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L28 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 32, C: 32, R: 1, S: 1, Y: 6, X: 16 }
Dataflow {
  TemporalMap(2,2) Y;
  SpatialMap(1,1) C;
  TemporalMap(2,2) X;
  TemporalMap(8,8) G;
  TemporalMap(32,32) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L29 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 2, K: 4, C: 32, R: 3, S: 3, Y: 8, X: 14 }
Dataflow {
  SpatialMap(2,2) K;
  TemporalMap(64,64) C;
  TemporalMap(16,16) G;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L30 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 4, K: 8, C: 3, R: 3, S: 3, Y: 14, X: 12 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) K;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L31 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 16, C: 4, R: 1, S: 1, Y: 12, X: 3 }
Dataflow {
  SpatialMap(1,1) G;
  TemporalMap(16,16) K;
  TemporalMap(4,4) C;
  TemporalMap(Sz(R),1) Y;
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
Layer L32 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 16, C: 8, R: 3, S: 3, Y: 18, X: 6 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(2,2) C;
  SpatialMap(2,2) K;
  TemporalMap(8,8) G;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L33 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 16, C: 32, R: 3, S: 3, Y: 23, X: 27 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) C;
  SpatialMap(1,1) K;
  TemporalMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L34 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 96, C: 64, R: 1, S: 1, Y: 8, X: 2 }
Dataflow {
  TemporalMap(2,2) Y;
  TemporalMap(16,16) K;
  TemporalMap(64,64) G;
  SpatialMap(2,2) C;
  TemporalMap(2,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L35 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 24, C: 64, R: 5, S: 5, Y: 21, X: 19 }
Dataflow {
  TemporalMap(6,2) Y;
  TemporalMap(32,32) G;
  TemporalMap(6,2) X;
  SpatialMap(1,1) K;
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
Layer L36 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 2, C: 32, R: 1, S: 1, Y: 8, X: 6 }
Dataflow {
  TemporalMap(64,64) G;
  TemporalMap(2,2) X;
  TemporalMap(4,4) C;
  SpatialMap(1,1) K;
  TemporalMap(2,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L37 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 64, C: 1, R: 5, S: 5, Y: 9, X: 27 }
Dataflow {
  TemporalMap(2,2) K;
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(16,16) C;
  TemporalMap(Sz(S),1) X;
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
Layer L38 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 2, K: 1, C: 4, R: 3, S: 3, Y: 20, X: 6 }
Dataflow {
  SpatialMap(1,1) K;
  TemporalMap(1,1) G;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(64,64) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L39 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 3, C: 8, R: 3, S: 3, Y: 8, X: 15 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  SpatialMap(4,4) C;
  TemporalMap(2,2) K;
  TemporalMap(8,8) G;
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
Layer L40 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 4, K: 8, C: 16, R: 1, S: 1, Y: 17, X: 25 }
Dataflow {
  TemporalMap(32,32) K;
  TemporalMap(2,2) G;
  TemporalMap(2,2) Y;
  SpatialMap(4,4) C;
  TemporalMap(2,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L41 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 32, K: 96, C: 1, R: 3, S: 3, Y: 23, X: 7 }
Dataflow {
  SpatialMap(4,4) K;
  TemporalMap(4,2) Y;
  TemporalMap(1,1) G;
  TemporalMap(4,2) X;
  TemporalMap(16,16) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L42 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 3, C: 4, R: 3, S: 3, Y: 27, X: 5 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(2,2) K;
  SpatialMap(1,1) C;
  TemporalMap(64,64) G;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L43 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 32, K: 8, C: 3, R: 1, S: 1, Y: 21, X: 23 }
Dataflow {
  TemporalMap(8,8) K;
  SpatialMap(1,1) C;
  TemporalMap(4,4) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
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
Layer L44 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 32, C: 100, R: 3, S: 3, Y: 14, X: 15 }
Dataflow {
  SpatialMap(1,1) G;
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(16,16) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L45 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 16, C: 100, R: 1, S: 1, Y: 8, X: 25 }
Dataflow {
  TemporalMap(64,64) K;
  TemporalMap(2,2) X;
  TemporalMap(2,2) Y;
  SpatialMap(2,2) G;
  TemporalMap(2,2) C;
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
Layer L46 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 16, C: 16, R: 3, S: 3, Y: 26, X: 24 }
Dataflow {
  TemporalMap(8,8) K;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(64,64) G;
  SpatialMap(4,4) C;
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
Layer L47 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 96, C: 64, R: 3, S: 3, Y: 26, X: 5 }
Dataflow {
  TemporalMap(1,1) C;
  TemporalMap(Sz(S),1) X;
  SpatialMap(2,2) G;
  TemporalMap(32,32) K;
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
Layer L48 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 96, C: 32, R: 3, S: 3, Y: 21, X: 22 }
Dataflow {
  TemporalMap(32,32) K;
  TemporalMap(4,2) X;
  TemporalMap(4,2) Y;
  TemporalMap(2,2) G;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L49 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 4, K: 2, C: 100, R: 5, S: 5, Y: 17, X: 17 }
Dataflow {
  TemporalMap(2,2) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(2,2) G;
  SpatialMap(1,1) C;
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
Layer L50 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 1, K: 24, C: 8, R: 5, S: 5, Y: 21, X: 13 }
Dataflow {
  TemporalMap(1,1) G;
  SpatialMap(4,4) C;
  TemporalMap(6,2) X;
  TemporalMap(16,16) K;
  TemporalMap(6,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L51 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 3, C: 4, R: 5, S: 5, Y: 11, X: 15 }
Dataflow {
  TemporalMap(32,32) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) C;
  SpatialMap(1,1) G;
  TemporalMap(Sz(S),1) X;
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
Layer L52 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 8, C: 16, R: 3, S: 3, Y: 18, X: 4 }
Dataflow {
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(16,16) K;
  TemporalMap(4,4) G;
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
Layer L54 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 3, C: 4, R: 5, S: 5, Y: 24, X: 6 }
Dataflow {
  TemporalMap(1,1) C;
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(4,4) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(4,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L55 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 4, C: 8, R: 1, S: 1, Y: 18, X: 7 }
Dataflow {
  TemporalMap(64,64) G;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) K;
  TemporalMap(16,16) C;
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
Layer L56 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 24, C: 4, R: 3, S: 3, Y: 17, X: 26 }
Dataflow {
  TemporalMap(16,16) G;
  SpatialMap(4,4) K;
  TemporalMap(4,2) X;
  TemporalMap(8,8) C;
  TemporalMap(4,2) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L57 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 1, C: 16, R: 3, S: 3, Y: 25, X: 8 }
Dataflow {
  SpatialMap(2,2) G;
  TemporalMap(8,8) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(8,8) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L59 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 64, C: 4, R: 5, S: 5, Y: 19, X: 14 }
Dataflow {
  TemporalMap(6,2) X;
  TemporalMap(32,32) G;
  TemporalMap(32,32) K;
  SpatialMap(1,1) C;
  TemporalMap(6,2) Y;
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
Layer L60 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 24, C: 100, R: 5, S: 5, Y: 24, X: 29 }
Dataflow {
  SpatialMap(2,2) G;
  TemporalMap(2,2) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(2,2) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L61 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 3, K: 8, C: 32, R: 3, S: 3, Y: 21, X: 15 }
Dataflow {
  TemporalMap(1,1) C;
  TemporalMap(32,32) K;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(2,2) G;
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
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 16, C: 32, R: 1, S: 1, Y: 20, X: 11 }
Dataflow {
  TemporalMap(1,1) G;
  SpatialMap(2,2) C;
  TemporalMap(64,64) K;
  TemporalMap(2,2) Y;
  TemporalMap(2,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L63 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 16, C: 1, R: 1, S: 1, Y: 10, X: 16 }
Dataflow {
  TemporalMap(8,8) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) K;
  SpatialMap(1,1) G;
  TemporalMap(Sz(S),1) X;
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
Layer L64 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 16, C: 16, R: 3, S: 3, Y: 27, X: 15 }
Dataflow {
  SpatialMap(4,4) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) C;
  TemporalMap(64,64) K;
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
Layer L65 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 3, C: 8, R: 3, S: 3, Y: 20, X: 23 }
Dataflow {
  TemporalMap(16,16) K;
  SpatialMap(1,1) G;
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) C;
  TemporalMap(Sz(R),1) Y;
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
Layer L66 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 24, C: 100, R: 3, S: 3, Y: 26, X: 14 }
Dataflow {
  TemporalMap(4,2) Y;
  TemporalMap(8,8) G;
  TemporalMap(4,2) X;
  TemporalMap(64,64) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L67 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 8, K: 4, C: 4, R: 1, S: 1, Y: 9, X: 13 }
Dataflow {
  SpatialMap(2,2) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) C;
  TemporalMap(4,4) G;
  TemporalMap(Sz(S),1) X;
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
Layer L68 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 32, K: 3, C: 4, R: 1, S: 1, Y: 25, X: 15 }
Dataflow {
  TemporalMap(2,2) Y;
  TemporalMap(2,2) X;
  TemporalMap(64,64) C;
  TemporalMap(8,8) G;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L69 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 24, C: 4, R: 3, S: 3, Y: 8, X: 21 }
Dataflow {
  TemporalMap(4,4) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(32,32) K;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L70 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 4, C: 4, R: 3, S: 3, Y: 10, X: 3 }
Dataflow {
  TemporalMap(64,64) G;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(4,4) C;
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
Layer L71 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 64, C: 1, R: 3, S: 3, Y: 27, X: 3 }
Dataflow {
  SpatialMap(1,1) G;
  TemporalMap(16,16) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(64,64) K;
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
Layer L72 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 2, C: 4, R: 3, S: 3, Y: 26, X: 6 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  SpatialMap(2,2) K;
  TemporalMap(64,64) C;
  TemporalMap(32,32) G;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L73 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 2, C: 4, R: 3, S: 3, Y: 24, X: 16 }
Dataflow {
  TemporalMap(8,8) K;
  TemporalMap(4,2) Y;
  SpatialMap(2,2) C;
  TemporalMap(8,8) G;
  TemporalMap(4,2) X;
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
Layer L74 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 24, C: 4, R: 1, S: 1, Y: 14, X: 25 }
Dataflow {
  TemporalMap(2,2) Y;
  TemporalMap(16,16) G;
  SpatialMap(1,1) K;
  TemporalMap(1,1) C;
  TemporalMap(2,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L75 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 64, C: 8, R: 3, S: 3, Y: 10, X: 24 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(4,4) C;
  SpatialMap(4,4) G;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L76 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 16, C: 8, R: 1, S: 1, Y: 11, X: 14 }
Dataflow {
  TemporalMap(32,32) G;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(2,2) C;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L77 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 32, K: 1, C: 3, R: 5, S: 5, Y: 18, X: 5 }
Dataflow {
  TemporalMap(8,8) C;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) K;
  TemporalMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
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
Layer L78 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 96, C: 8, R: 3, S: 3, Y: 19, X: 12 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) K;
  SpatialMap(4,4) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(64,64) C;
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
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 8, K: 96, C: 32, R: 5, S: 5, Y: 22, X: 7 }
Dataflow {
  TemporalMap(6,2) X;
  TemporalMap(16,16) C;
  TemporalMap(8,8) G;
  TemporalMap(6,2) Y;
  SpatialMap(4,4) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L80 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 2, C: 8, R: 3, S: 3, Y: 9, X: 16 }
Dataflow {
  TemporalMap(64,64) K;
  TemporalMap(Sz(S),1) X;
  SpatialMap(4,4) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(2,2) C;
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
Layer L81 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 4, C: 1, R: 3, S: 3, Y: 16, X: 20 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) C;
  TemporalMap(32,32) G;
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
Layer L82 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 96, C: 16, R: 3, S: 3, Y: 8, X: 3 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) G;
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) C;
  TemporalMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L83 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 32, C: 1, R: 3, S: 3, Y: 9, X: 14 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(32,32) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(16,16) C;
  SpatialMap(2,2) G;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(32,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L84 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 24, C: 100, R: 3, S: 3, Y: 7, X: 16 }
Dataflow {
  TemporalMap(64,64) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) G;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),1) Y;
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
Layer L85 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 4, C: 100, R: 1, S: 1, Y: 14, X: 22 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) C;
  SpatialMap(1,1) G;
  TemporalMap(64,64) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L86 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 8, C: 3, R: 1, S: 1, Y: 1, X: 21 }
Dataflow {
  TemporalMap(2,2) X;
  TemporalMap(8,8) G;
  SpatialMap(2,2) K;
  TemporalMap(2,2) Y;
  TemporalMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L87 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 1, K: 64, C: 1, R: 3, S: 3, Y: 21, X: 11 }
Dataflow {
  TemporalMap(4,2) Y;
  SpatialMap(1,1) K;
  TemporalMap(64,64) G;
  TemporalMap(4,2) X;
  TemporalMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(2,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L88 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 4, C: 16, R: 1, S: 1, Y: 11, X: 23 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(16,16) K;
  TemporalMap(64,64) C;
  SpatialMap(1,1) G;
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
Layer L89 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 8, K: 8, C: 1, R: 3, S: 3, Y: 5, X: 10 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(16,16) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(64,64) G;
  SpatialMap(2,2) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(16,P);
  SpatialMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L90 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 8, C: 64, R: 3, S: 3, Y: 22, X: 16 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(32,32) G;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L91 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 24, C: 8, R: 1, S: 1, Y: 16, X: 12 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) G;
  TemporalMap(2,2) K;
  TemporalMap(Sz(S),1) X;
  TemporalMap(1,1) C;
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
Layer L92 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 1, K: 16, C: 1, R: 3, S: 3, Y: 26, X: 4 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(64,64) G;
  SpatialMap(2,2) K;
  TemporalMap(1,1) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L93 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 1, C: 3, R: 1, S: 1, Y: 13, X: 4 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(32,32) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(1,1) G;
  TemporalMap(64,64) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L94 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 2, C: 4, R: 3, S: 3, Y: 27, X: 22 }
Dataflow {
  TemporalMap(1,1) G;
  TemporalMap(Sz(S),1) X;
  TemporalMap(32,32) C;
  TemporalMap(Sz(R),1) Y;
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
Layer L95 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 16, C: 3, R: 1, S: 1, Y: 8, X: 23 }
Dataflow {
  TemporalMap(8,8) G;
  TemporalMap(Sz(S),1) X;
  TemporalMap(1,1) C;
  SpatialMap(1,1) K;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(1,1) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L96 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 4, K: 4, C: 8, R: 3, S: 3, Y: 9, X: 18 }
Dataflow {
  TemporalMap(64,64) G;
  TemporalMap(32,32) C;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
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
Layer L97 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 4, K: 64, C: 1, R: 3, S: 3, Y: 24, X: 19 }
Dataflow {
  TemporalMap(4,2) X;
  SpatialMap(4,4) C;
  TemporalMap(4,4) G;
  TemporalMap(4,4) K;
  TemporalMap(4,2) Y;
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
Layer L98 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 1, C: 16, R: 3, S: 3, Y: 20, X: 25 }
Dataflow {
  TemporalMap(32,32) K;
  TemporalMap(32,32) G;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  SpatialMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L99 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 3, C: 100, R: 3, S: 3, Y: 14, X: 24 }
Dataflow {
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(8,8) C;
  SpatialMap(1,1) G;
  TemporalMap(1,1) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L100 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 4, C: 8, R: 3, S: 3, Y: 24, X: 18 }
Dataflow {
  TemporalMap(64,64) K;
  SpatialMap(4,4) G;
  TemporalMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(1,1) C;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(64,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer L101 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 32, C: 100, R: 5, S: 5, Y: 21, X: 26 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(6,2) Y;
  TemporalMap(2,2) C;
  SpatialMap(2,2) G;
  TemporalMap(6,2) X;
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
}
