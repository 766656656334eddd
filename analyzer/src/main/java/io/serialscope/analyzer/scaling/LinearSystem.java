package io.serialscope.analyzer.scaling;

/** Gaussian elimination with partial pivoting for the tiny systems of a least-squares fit. */
final class LinearSystem {
  private LinearSystem() {}

  /**
   * Solves the augmented {@code k × (k+1)} system {@code m} (destroyed); null when it is (nearly)
   * singular.
   */
  static double[] solve(double[][] m) {
    int k = m.length;
    // Columns of a least-squares fit differ in scale by orders of magnitude (1 vs p²), so a
    // pivot is judged against its own column's diagonal, not against the largest entry.
    double[] diagonal = new double[k];
    for (int c = 0; c < k; c++) {
      diagonal[c] = Math.abs(m[c][c]);
    }
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int r = col + 1; r < k; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(m[pivot][col]) <= 1e-10 * diagonal[col]) {
        return null;
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      for (int r = 0; r < k; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c <= k; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[] x = new double[k];
    for (int r = 0; r < k; r++) {
      x[r] = m[r][k] / m[r][r];
    }
    return x;
  }
}
