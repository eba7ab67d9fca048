// The random layers of bench/maestro_property.py that differed from MAESTRO before the
// sub-cluster, output-requirement and edge-edge write-back rules of #20 (seed 1 --grouped:
// 8, seed 1 --rs: 40, seed 2 --grouped: 1), renamed s<seed><g|rs>_L<n>
Network prop {
Layer s1g_L48 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 32, K: 64, C: 64, R: 1, S: 1, Y: 18, X: 7 }
Dataflow {
  TemporalMap(4,4) C;
  TemporalMap(2,2) Y;
  TemporalMap(32,32) K;
  SpatialMap(1,1) G;
  TemporalMap(2,2) X;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(1,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer s1g_L208 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 24, C: 4, R: 5, S: 5, Y: 13, X: 8 }
Dataflow {
  TemporalMap(2,2) G;
  TemporalMap(6,2) X;
  TemporalMap(6,2) Y;
  SpatialMap(2,2) C;
  TemporalMap(16,16) K;
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
Layer s1g_L475 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 8, K: 1, C: 100, R: 3, S: 3, Y: 18, X: 4 }
Dataflow {
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(S),1) X;
  TemporalMap(8,8) G;
  SpatialMap(4,4) K;
  TemporalMap(16,16) C;
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
Layer s1g_L500 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 2, K: 2, C: 100, R: 1, S: 1, Y: 15, X: 3 }
Dataflow {
  TemporalMap(4,4) G;
  TemporalMap(2,2) Y;
  SpatialMap(4,4) C;
  TemporalMap(64,64) K;
  TemporalMap(2,2) X;
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
Layer s1g_L778 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 64, C: 8, R: 1, S: 1, Y: 19, X: 3 }
Dataflow {
  TemporalMap(4,4) K;
  TemporalMap(2,2) X;
  SpatialMap(1,1) G;
  TemporalMap(64,64) C;
  TemporalMap(2,2) Y;
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
Layer s1g_L899 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 1, K: 24, C: 64, R: 1, S: 1, Y: 23, X: 23 }
Dataflow {
  TemporalMap(1,1) G;
  SpatialMap(4,4) C;
  TemporalMap(2,2) Y;
  TemporalMap(2,2) X;
  TemporalMap(16,16) K;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
  Cluster(8,P);
  SpatialMap(Sz(S),1) X;
  TemporalMap(Sz(R),1) Y;
  TemporalMap(Sz(R),Sz(R)) R;
  TemporalMap(Sz(S),Sz(S)) S;
}
}
Layer s1g_L900 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 4, K: 96, C: 64, R: 1, S: 1, Y: 16, X: 9 }
Dataflow {
  TemporalMap(1,1) G;
  TemporalMap(2,2) X;
  TemporalMap(8,8) C;
  TemporalMap(2,2) Y;
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
Layer s1g_L929 {
Type: NGCONV
Stride { X: 1, Y: 1 }
Dimensions { G: 3, K: 96, C: 1, R: 1, S: 1, Y: 16, X: 6 }
Dataflow {
  TemporalMap(2,2) X;
  SpatialMap(1,1) K;
  TemporalMap(2,2) Y;
  TemporalMap(16,16) C;
  TemporalMap(16,16) G;
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
Layer s1rs_L16 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 64, R: 5, S: 5, Y: 12, X: 25 }
Dataflow {
  TemporalMap(8,8) C;
  SpatialMap(1,1) X';
  TemporalMap(16,16) K;
  TemporalMap(1,1) Y';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer s1rs_L19 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 64, R: 7, S: 7, Y: 31, X: 29 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(1,1) C;
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(7,7) R;
}
}
Layer s1rs_L30 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 8, R: 5, S: 5, Y: 7, X: 7 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(8,8) C;
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
Layer s1rs_L35 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 1, R: 5, S: 5, Y: 21, X: 29 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(1,1) K;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer s1rs_L50 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 64, R: 5, S: 5, Y: 11, X: 23 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(2,2) K;
  TemporalMap(4,4) C;
  SpatialMap(1,1) Y';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer s1rs_L53 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 32, R: 3, S: 3, Y: 15, X: 15 }
Dataflow {
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(1,1) C;
  TemporalMap(16,16) K;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer s1rs_L54 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 32, R: 5, S: 5, Y: 10, X: 19 }
Dataflow {
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(2,2) C;
  TemporalMap(16,16) K;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer s1rs_L55 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 4, R: 5, S: 5, Y: 24, X: 23 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(8,8) C;
  TemporalMap(1,1) K;
  TemporalMap(1,1) Y';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer s1rs_L58 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 4, R: 7, S: 7, Y: 9, X: 28 }
Dataflow {
  TemporalMap(2,2) C;
  SpatialMap(1,1) Y';
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
Layer s1rs_L61 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 8, R: 5, S: 5, Y: 13, X: 24 }
Dataflow {
  TemporalMap(4,4) C;
  SpatialMap(1,1) Y';
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
Layer s1rs_L62 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 8, R: 7, S: 7, Y: 31, X: 14 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) C;
  TemporalMap(2,2) K;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer s1rs_L67 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 16, R: 3, S: 3, Y: 15, X: 9 }
Dataflow {
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(4,4) K;
  TemporalMap(4,4) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer s1rs_L73 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 3, R: 3, S: 3, Y: 25, X: 20 }
Dataflow {
  TemporalMap(1,1) K;
  TemporalMap(4,4) C;
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
Layer s1rs_L78 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 32, C: 1, R: 7, S: 7, Y: 11, X: 27 }
Dataflow {
  TemporalMap(16,16) K;
  TemporalMap(16,16) C;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer s1rs_L91 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 16, R: 3, S: 3, Y: 27, X: 8 }
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
Layer s1rs_L124 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 32, C: 4, R: 3, S: 3, Y: 18, X: 23 }
Dataflow {
  TemporalMap(2,2) K;
  SpatialMap(1,1) X';
  TemporalMap(1,1) Y';
  TemporalMap(8,8) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(3,3) R;
}
}
Layer s1rs_L125 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 8, C: 64, R: 7, S: 7, Y: 11, X: 11 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(8,8) K;
  TemporalMap(8,8) C;
  SpatialMap(1,1) Y';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer s1rs_L126 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 32, R: 3, S: 3, Y: 19, X: 12 }
Dataflow {
  TemporalMap(2,2) K;
  TemporalMap(16,16) C;
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
Layer s1rs_L127 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 16, R: 5, S: 5, Y: 27, X: 17 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(16,16) K;
  SpatialMap(1,1) Y';
  TemporalMap(2,2) C;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer s1rs_L132 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 3, R: 7, S: 7, Y: 29, X: 19 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(8,8) K;
  TemporalMap(1,1) Y';
  TemporalMap(2,2) C;
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(7,7) R;
}
}
Layer s1rs_L139 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 4, R: 3, S: 3, Y: 5, X: 19 }
Dataflow {
  TemporalMap(2,2) K;
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
Layer s1rs_L149 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 1, C: 8, R: 7, S: 7, Y: 16, X: 25 }
Dataflow {
  TemporalMap(2,2) C;
  TemporalMap(1,1) Y';
  SpatialMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(7,7) R;
}
}
Layer s1rs_L150 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 64, R: 5, S: 5, Y: 5, X: 23 }
Dataflow {
  TemporalMap(1,1) K;
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
Layer s1rs_L153 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 4, R: 7, S: 7, Y: 15, X: 26 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) K;
  TemporalMap(1,1) C;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer s1rs_L166 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 32, R: 3, S: 3, Y: 23, X: 7 }
Dataflow {
  TemporalMap(8,8) K;
  TemporalMap(1,1) C;
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
Layer s1rs_L190 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 4, R: 7, S: 7, Y: 31, X: 8 }
Dataflow {
  TemporalMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(16,16) C;
  SpatialMap(1,1) Y';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer s1rs_L202 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 16, R: 7, S: 7, Y: 25, X: 18 }
Dataflow {
  TemporalMap(4,4) K;
  TemporalMap(1,1) X';
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
Layer s1rs_L208 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 64, R: 5, S: 5, Y: 11, X: 6 }
Dataflow {
  TemporalMap(1,1) K;
  TemporalMap(1,1) X';
  SpatialMap(1,1) Y';
  TemporalMap(1,1) C;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer s1rs_L212 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 32, C: 4, R: 3, S: 3, Y: 19, X: 6 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(8,8) K;
  TemporalMap(16,16) C;
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer s1rs_L226 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 4, C: 32, R: 7, S: 7, Y: 14, X: 13 }
Dataflow {
  TemporalMap(1,1) K;
  TemporalMap(4,4) C;
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
Layer s1rs_L239 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 32, C: 64, R: 7, S: 7, Y: 27, X: 14 }
Dataflow {
  TemporalMap(1,1) K;
  SpatialMap(1,1) Y';
  TemporalMap(1,1) C;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer s1rs_L241 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 16, R: 5, S: 5, Y: 16, X: 9 }
Dataflow {
  TemporalMap(1,1) K;
  SpatialMap(1,1) X';
  TemporalMap(16,16) C;
  TemporalMap(1,1) Y';
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) X;
  SpatialMap(1,1) S;
  TemporalMap(5,5) R;
}
}
Layer s1rs_L247 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 16, C: 4, R: 5, S: 5, Y: 21, X: 9 }
Dataflow {
  TemporalMap(2,2) K;
  TemporalMap(2,2) C;
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
Layer s1rs_L263 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 1, R: 5, S: 5, Y: 11, X: 5 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(2,2) C;
  TemporalMap(1,1) X';
  TemporalMap(4,4) K;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer s1rs_L268 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 24, C: 16, R: 7, S: 7, Y: 23, X: 24 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(4,4) K;
  TemporalMap(1,1) C;
  TemporalMap(1,1) X';
  TemporalMap(7,7) R;
  TemporalMap(7,7) S;
  Cluster(7,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(7,7) S;
}
}
Layer s1rs_L270 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 64, R: 5, S: 5, Y: 7, X: 27 }
Dataflow {
  SpatialMap(1,1) Y';
  TemporalMap(1,1) X';
  TemporalMap(2,2) K;
  TemporalMap(16,16) C;
  TemporalMap(5,5) R;
  TemporalMap(5,5) S;
  Cluster(5,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(5,5) S;
}
}
Layer s1rs_L285 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 64, C: 8, R: 5, S: 5, Y: 13, X: 19 }
Dataflow {
  TemporalMap(1,1) C;
  TemporalMap(16,16) K;
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
Layer s1rs_L286 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 3, C: 64, R: 3, S: 3, Y: 20, X: 19 }
Dataflow {
  SpatialMap(1,1) X';
  TemporalMap(16,16) K;
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
Layer s1rs_L289 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 3, R: 3, S: 3, Y: 7, X: 6 }
Dataflow {
  TemporalMap(1,1) K;
  TemporalMap(1,1) X';
  TemporalMap(2,2) C;
  SpatialMap(1,1) Y';
  TemporalMap(3,3) R;
  TemporalMap(3,3) S;
  Cluster(3,P);
  SpatialMap(1,1) Y;
  SpatialMap(1,1) R;
  TemporalMap(3,3) S;
}
}
Layer s1rs_L299 {
Type: CONV
Stride { X: 2, Y: 2 }
Dimensions { K: 2, C: 32, R: 7, S: 7, Y: 19, X: 21 }
Dataflow {
  TemporalMap(4,4) C;
  SpatialMap(1,1) Y';
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
Layer s2g_L765 {
Type: NGCONV
Stride { X: 2, Y: 2 }
Dimensions { G: 3, K: 32, C: 100, R: 5, S: 5, Y: 23, X: 14 }
Dataflow {
  TemporalMap(16,16) C;
  TemporalMap(Sz(R),1) Y;
  SpatialMap(4,4) G;
  TemporalMap(4,4) K;
  TemporalMap(Sz(S),1) X;
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
}
