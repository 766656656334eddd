package io.serialscope.samples;

/**
 * A mini-batch of square grey-scale images flowing through {@link DataPipeline}.
 *
 * @param index position in the epoch, from 0; -1 marks the end of the stream
 * @param side image width and height in pixels
 * @param pixels {@code labels.length} images of {@code side × side}, row-major, one after another
 * @param labels the class of each image
 */
record ImageBatch(int index, int side, float[] pixels, int[] labels) {
  /** The marker a stage passes on after its last batch. */
  static final ImageBatch END = new ImageBatch(-1, 0, new float[0], new int[0]);

  int images() {
    return labels.length;
  }
}
