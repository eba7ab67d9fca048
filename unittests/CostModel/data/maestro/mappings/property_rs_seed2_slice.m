// 100 random layers of bench/maestro_property.py --seed 2 --rs
Network prop {
Layer L0 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 4, R: 1, S: 1, Y: 6, X: 24 }
Dataflow {
  TemporalMap(4,4) C;
  SpatialMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(1,1) Y';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(1,1) R;
}
}
Layer L1 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 32, R: 7, S: 7, Y: 19, X: 30 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(1,1) Y';
  TemporalMap(4,4) K;
  TemporalMap(16,16) C;
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(7,7) R;
}
}
Layer L2 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 8, R: 1, S: 1, Y: 11, X: 13 }
Dataflow {
  TemporalMap(2,2) C;
  TemporalMap(16,16) K;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L3 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 3, R: 1, S: 1, Y: 5, X: 17 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(16,16) C;
  TemporalMap(1,1) Y';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(1,1) R;
}
}
Layer L4 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 4, R: 7, S: 7, Y: 21, X: 12 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(8,8) K;
  TemporalMap(16,16) C;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L5 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 8, R: 5, S: 5, Y: 16, X: 23 }
Dataflow {
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(16,16) K;
  TemporalMap(8,8) C;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer L6 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 64, R: 3, S: 3, Y: 18, X: 12 }
Dataflow {
  TemporalMap(16,16) K;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(16,16) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L7 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 64, R: 5, S: 5, Y: 15, X: 28 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(1,1) C;
  TemporalMap(2,2) K;
  SpatialMap(1,1) Y';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L8 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 64, R: 3, S: 3, Y: 19, X: 7 }
Dataflow {
  TemporalMap(2,2) K;
  TemporalMap(2,2) C;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L9 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 3, R: 1, S: 1, Y: 8, X: 22 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(1,1) K;
  TemporalMap(1,1) C;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L10 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 3, R: 1, S: 1, Y: 6, X: 24 }
Dataflow {
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(16,16) K;
  TemporalMap(1,1) C;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L11 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 1, R: 3, S: 3, Y: 14, X: 22 }
Dataflow {
  TemporalMap(4,4) C;
  SpatialMap(1,1) X';
  TemporalMap(1,1) Y';
  TemporalMap(1,1) K;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L12 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 64, R: 3, S: 3, Y: 22, X: 26 }
Dataflow {
  TemporalMap(4,4) K;
  SpatialMap(1,1) Y';
  TemporalMap(8,8) C;
  TemporalMap(1,1) X';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L13 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 1, R: 1, S: 1, Y: 15, X: 5 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(1,1) Y';
  TemporalMap(16,16) K;
  TemporalMap(8,8) C;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(1,1) R;
}
}
Layer L14 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 4, R: 3, S: 3, Y: 22, X: 16 }
Dataflow {
  TemporalMap(16,16) C;
  SpatialMap(1,1) X';
  TemporalMap(1,1) K;
  TemporalMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L15 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 3, R: 3, S: 3, Y: 8, X: 6 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(2,2) K;
  TemporalMap(16,16) C;
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L16 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 1, R: 5, S: 5, Y: 23, X: 12 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(1,1) Y';
  TemporalMap(4,4) C;
  TemporalMap(16,16) K;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer L17 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 1, R: 3, S: 3, Y: 15, X: 16 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(1,1) K;
  TemporalMap(16,16) C;
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L18 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 64, R: 1, S: 1, Y: 8, X: 4 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) K;
  TemporalMap(1,1) X';
  TemporalMap(16,16) C;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L19 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 32, R: 7, S: 7, Y: 31, X: 13 }
Dataflow {
  TemporalMap(1,1) Y';
  TemporalMap(8,8) C;
  TemporalMap(8,8) K;
  SpatialMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(7,7) R;
}
}
Layer L20 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 32, R: 5, S: 5, Y: 20, X: 16 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) C;
  TemporalMap(1,1) X';
  TemporalMap(16,16) K;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L21 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 1, R: 3, S: 3, Y: 6, X: 12 }
Dataflow {
  TemporalMap(8,8) C;
  TemporalMap(1,1) K;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L22 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 1, R: 5, S: 5, Y: 14, X: 5 }
Dataflow {
  TemporalMap(4,4) K;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) C;
  TemporalMap(1,1) X';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L23 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 32, R: 1, S: 1, Y: 15, X: 5 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(1,1) C;
  SpatialMap(1,1) Y';
  TemporalMap(8,8) K;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L24 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 3, R: 1, S: 1, Y: 23, X: 4 }
Dataflow {
  TemporalMap(8,8) C;
  TemporalMap(1,1) X';
  TemporalMap(16,16) K;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L25 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 3, R: 3, S: 3, Y: 14, X: 11 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(16,16) K;
  TemporalMap(1,1) X';
  TemporalMap(8,8) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L26 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 8, R: 5, S: 5, Y: 24, X: 13 }
Dataflow {
  TemporalMap(8,8) K;
  TemporalMap(1,1) Y';
  TemporalMap(1,1) C;
  SpatialMap(1,1) X';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer L27 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 1, R: 3, S: 3, Y: 5, X: 24 }
Dataflow {
  TemporalMap(2,2) C;
  SpatialMap(1,1) X';
  TemporalMap(1,1) Y';
  TemporalMap(1,1) K;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L28 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 16, R: 3, S: 3, Y: 12, X: 6 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(8,8) C;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L29 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 3, R: 7, S: 7, Y: 21, X: 29 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(8,8) K;
  TemporalMap(4,4) C;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L30 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 8, R: 1, S: 1, Y: 17, X: 2 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(8,8) C;
  TemporalMap(4,4) K;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L31 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 4, R: 5, S: 5, Y: 27, X: 28 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(1,1) K;
  TemporalMap(2,2) C;
  TemporalMap(1,1) Y';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer L32 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 16, R: 1, S: 1, Y: 23, X: 15 }
Dataflow {
  TemporalMap(2,2) K;
  TemporalMap(1,1) C;
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(1,1) R;
}
}
Layer L33 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 1, R: 7, S: 7, Y: 19, X: 24 }
Dataflow {
  TemporalMap(4,4) K;
  SpatialMap(1,1) Y';
  TemporalMap(16,16) C;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L34 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 32, C: 4, R: 1, S: 1, Y: 17, X: 19 }
Dataflow {
  TemporalMap(8,8) K;
  TemporalMap(2,2) C;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L35 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 32, R: 5, S: 5, Y: 15, X: 19 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(1,1) X';
  TemporalMap(8,8) C;
  SpatialMap(1,1) Y';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L36 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 32, R: 3, S: 3, Y: 23, X: 26 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) K;
  TemporalMap(1,1) X';
  TemporalMap(2,2) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L37 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 4, R: 3, S: 3, Y: 20, X: 17 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(1,1) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L38 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 32, R: 3, S: 3, Y: 7, X: 18 }
Dataflow {
  TemporalMap(4,4) C;
  TemporalMap(16,16) K;
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L39 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 32, R: 3, S: 3, Y: 23, X: 15 }
Dataflow {
  TemporalMap(1,1) K;
  SpatialMap(1,1) X';
  TemporalMap(16,16) C;
  TemporalMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L40 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 1, R: 7, S: 7, Y: 14, X: 21 }
Dataflow {
  TemporalMap(1,1) Y';
  TemporalMap(16,16) C;
  SpatialMap(1,1) X';
  TemporalMap(2,2) K;
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(7,7) R;
}
}
Layer L41 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 3, R: 1, S: 1, Y: 11, X: 12 }
Dataflow {
  TemporalMap(8,8) C;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(4,4) K;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L42 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 3, R: 5, S: 5, Y: 27, X: 19 }
Dataflow {
  TemporalMap(1,1) Y';
  TemporalMap(4,4) C;
  SpatialMap(1,1) X';
  TemporalMap(2,2) K;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer L43 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 64, R: 3, S: 3, Y: 24, X: 14 }
Dataflow {
  TemporalMap(4,4) K;
  TemporalMap(2,2) C;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L44 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 64, R: 7, S: 7, Y: 30, X: 17 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(16,16) C;
  TemporalMap(16,16) K;
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L45 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 4, R: 3, S: 3, Y: 15, X: 18 }
Dataflow {
  TemporalMap(4,4) K;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(4,4) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L46 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 3, R: 3, S: 3, Y: 3, X: 6 }
Dataflow {
  TemporalMap(4,4) C;
  TemporalMap(1,1) X';
  TemporalMap(2,2) K;
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L47 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 64, R: 1, S: 1, Y: 20, X: 13 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(8,8) C;
  TemporalMap(1,1) Y';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(1,1) R;
}
}
Layer L48 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 3, R: 3, S: 3, Y: 9, X: 13 }
Dataflow {
  TemporalMap(8,8) C;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(2,2) K;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L49 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 32, R: 3, S: 3, Y: 10, X: 26 }
Dataflow {
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(4,4) C;
  TemporalMap(1,1) K;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L50 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 8, R: 3, S: 3, Y: 17, X: 27 }
Dataflow {
  TemporalMap(4,4) C;
  TemporalMap(2,2) K;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L51 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 64, R: 3, S: 3, Y: 18, X: 18 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(1,1) Y';
  TemporalMap(4,4) K;
  SpatialMap(1,1) X';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L52 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 8, R: 5, S: 5, Y: 17, X: 21 }
Dataflow {
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(1,1) K;
  TemporalMap(1,1) C;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L53 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 8, R: 1, S: 1, Y: 10, X: 15 }
Dataflow {
  TemporalMap(4,4) C;
  TemporalMap(1,1) Y';
  TemporalMap(1,1) K;
  SpatialMap(1,1) X';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(1,1) R;
}
}
Layer L54 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 3, R: 3, S: 3, Y: 16, X: 24 }
Dataflow {
  TemporalMap(4,4) K;
  TemporalMap(8,8) C;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L55 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 16, R: 1, S: 1, Y: 1, X: 5 }
Dataflow {
  TemporalMap(1,1) Y';
  TemporalMap(16,16) K;
  TemporalMap(16,16) C;
  SpatialMap(1,1) X';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(1,1) R;
}
}
Layer L56 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 4, R: 7, S: 7, Y: 28, X: 23 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(2,2) K;
  SpatialMap(1,1) Y';
  TemporalMap(4,4) C;
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L57 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 1, R: 7, S: 7, Y: 21, X: 13 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(16,16) K;
  TemporalMap(1,1) X';
  TemporalMap(2,2) C;
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L58 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 1, R: 7, S: 7, Y: 11, X: 27 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(2,2) K;
  TemporalMap(8,8) C;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L59 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 3, R: 5, S: 5, Y: 17, X: 15 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(1,1) K;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L60 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 3, R: 3, S: 3, Y: 16, X: 25 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(1,1) C;
  TemporalMap(16,16) K;
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L61 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 16, R: 3, S: 3, Y: 4, X: 23 }
Dataflow {
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(1,1) K;
  TemporalMap(4,4) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L62 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 1, R: 3, S: 3, Y: 25, X: 9 }
Dataflow {
  TemporalMap(2,2) K;
  TemporalMap(16,16) C;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L63 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 64, R: 3, S: 3, Y: 13, X: 25 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(16,16) K;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L64 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 32, R: 1, S: 1, Y: 4, X: 21 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(1,1) C;
  TemporalMap(1,1) Y';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(1,1) R;
}
}
Layer L65 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 32, R: 3, S: 3, Y: 9, X: 16 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(2,2) K;
  TemporalMap(1,1) X';
  TemporalMap(8,8) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L66 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 16, R: 5, S: 5, Y: 20, X: 19 }
Dataflow {
  TemporalMap(16,16) C;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(8,8) K;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L67 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 3, R: 3, S: 3, Y: 27, X: 22 }
Dataflow {
  TemporalMap(2,2) C;
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(16,16) K;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L68 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 3, R: 1, S: 1, Y: 11, X: 2 }
Dataflow {
  TemporalMap(4,4) C;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(16,16) K;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L69 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 1, C: 4, R: 5, S: 5, Y: 23, X: 23 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(2,2) C;
  TemporalMap(2,2) K;
  TemporalMap(1,1) X';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L70 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 32, R: 1, S: 1, Y: 3, X: 16 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(2,2) C;
  SpatialMap(1,1) Y';
  TemporalMap(2,2) K;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L71 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 24, C: 16, R: 7, S: 7, Y: 20, X: 14 }
Dataflow {
  TemporalMap(2,2) K;
  TemporalMap(16,16) C;
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(7,7) R;
}
}
Layer L72 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 1, R: 3, S: 3, Y: 17, X: 15 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(8,8) C;
  SpatialMap(1,1) Y';
  TemporalMap(8,8) K;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L73 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 16, R: 3, S: 3, Y: 5, X: 22 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(1,1) Y';
  TemporalMap(1,1) K;
  TemporalMap(1,1) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L74 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 4, R: 5, S: 5, Y: 8, X: 16 }
Dataflow {
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(16,16) C;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer L75 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 8, C: 1, R: 5, S: 5, Y: 5, X: 20 }
Dataflow {
  TemporalMap(2,2) K;
  SpatialMap(1,1) Y';
  TemporalMap(2,2) C;
  TemporalMap(1,1) X';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L76 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 32, R: 7, S: 7, Y: 16, X: 31 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(16,16) C;
  TemporalMap(16,16) K;
  SpatialMap(1,1) Y';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L77 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 4, R: 5, S: 5, Y: 21, X: 26 }
Dataflow {
  TemporalMap(1,1) C;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(8,8) K;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L78 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 2, C: 16, R: 7, S: 7, Y: 18, X: 18 }
Dataflow {
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(8,8) C;
  TemporalMap(4,4) K;
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(7,7) R;
}
}
Layer L79 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 8, R: 1, S: 1, Y: 21, X: 1 }
Dataflow {
  TemporalMap(1,1) C;
  TemporalMap(1,1) X';
  TemporalMap(16,16) K;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L80 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 64, R: 5, S: 5, Y: 10, X: 10 }
Dataflow {
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(1,1) C;
  TemporalMap(1,1) K;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer L81 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 3, R: 3, S: 3, Y: 21, X: 10 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(4,4) C;
  TemporalMap(1,1) K;
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L82 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 64, C: 3, R: 3, S: 3, Y: 6, X: 3 }
Dataflow {
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(1,1) C;
  TemporalMap(8,8) K;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L83 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 64, R: 1, S: 1, Y: 5, X: 5 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(8,8) C;
  SpatialMap(1,1) Y';
  TemporalMap(2,2) K;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L84 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 16, R: 7, S: 7, Y: 27, X: 21 }
Dataflow {
  TemporalMap(8,8) K;
  SpatialMap(1,1) Y';
  TemporalMap(16,16) C;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L85 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 3, R: 1, S: 1, Y: 21, X: 14 }
Dataflow {
  TemporalMap(4,4) K;
  SpatialMap(1,1) X';
  TemporalMap(1,1) Y';
  TemporalMap(8,8) C;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(1,1) R;
}
}
Layer L86 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 64, R: 5, S: 5, Y: 12, X: 16 }
Dataflow {
  TemporalMap(8,8) C;
  TemporalMap(1,1) K;
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer L87 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 32, R: 1, S: 1, Y: 9, X: 8 }
Dataflow {
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(8,8) K;
  TemporalMap(4,4) C;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L88 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 32, C: 4, R: 7, S: 7, Y: 31, X: 18 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(16,16) C;
  TemporalMap(1,1) K;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer L89 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 32, C: 16, R: 1, S: 1, Y: 17, X: 15 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(8,8) C;
  TemporalMap(8,8) K;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L90 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 4, C: 32, R: 3, S: 3, Y: 23, X: 8 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(8,8) K;
  TemporalMap(8,8) C;
  TemporalMap(1,1) X';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L91 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 32, R: 3, S: 3, Y: 25, X: 11 }
Dataflow {
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(1,1) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer L92 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 1, R: 3, S: 3, Y: 3, X: 14 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(4,4) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L93 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 16, R: 1, S: 1, Y: 8, X: 15 }
Dataflow {
  TemporalMap(1,1) C;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(16,16) K;
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L94 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 1, C: 1, R: 5, S: 5, Y: 15, X: 17 }
Dataflow {
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(16,16) K;
  TemporalMap(1,1) C;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer L95 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 4, R: 3, S: 3, Y: 12, X: 27 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(16,16) K;
  TemporalMap(1,1) X';
  TemporalMap(16,16) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L96 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 16, C: 3, R: 1, S: 1, Y: 12, X: 12 }
Dataflow {
  TemporalMap(2,2) K;
  TemporalMap(16,16) C;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(1,1) R;
  TemporalMap(1,1) S;
  Cluster(1,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(1,1) S;
}
}
Layer L97 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 16, R: 3, S: 3, Y: 9, X: 19 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(1,1) K;
  TemporalMap(8,8) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L98 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 64, R: 3, S: 3, Y: 18, X: 22 }
Dataflow {
  TemporalMap(2,2) C;
  TemporalMap(2,2) K;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer L99 {
Type: CONV
Stride { X: 1, Y: 1 }
Dimensions { K: 3, C: 4, R: 5, S: 5, Y: 17, X: 24 }
Dataflow {
  TemporalMap(1,1) K;
  TemporalMap(4,4) C;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
}
