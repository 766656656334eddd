package io.serialscope.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

/** The gallery samples compute what they claim, independently of how work is split. */
class GallerySamplesTest {
  @Test
  void batchInferenceScoresEverySampleTheSameWayOnAnyThreadCount() throws Exception {
    Mlp model = new Mlp(BatchInference.FEATURES, BatchInference.HIDDEN, BatchInference.CLASSES, 3);
    long[] one = BatchInference.score(model, 5, 300, 1, 3);
    long[] three = BatchInference.score(model, 5, 300, 3, 3);
    assertThat(Arrays.stream(one).sum()).isEqualTo(5 * 300);
    assertThat(three).containsExactly(one);
  }

  @Test
  void recurrentEncodingIsDeterministicAndStaysFinite() throws Exception {
    double a = RecurrentSequence.encode(new ElmanCell(RecurrentSequence.INPUTS, 32, 5), 1000, 5);
    double b = RecurrentSequence.encode(new ElmanCell(RecurrentSequence.INPUTS, 32, 5), 1000, 5);
    assertThat(a).isFinite().isNotZero().isEqualTo(b);
  }

  @Test
  void leniaStepsDoNotDependOnTheBandSplit() throws Exception {
    double oneBand = CellularAutomaton.simulate(new LeniaWorld(64, 3, 9), 20, 1, 1);
    double sevenBands = CellularAutomaton.simulate(new LeniaWorld(64, 3, 9), 20, 7, 3);
    assertThat(oneBand).isPositive();
    // the band sums are added in band order, so only their grouping differs
    assertThat(sevenBands).isCloseTo(oneBand, within(1e-9 * oneBand));
  }

  @Test
  void pipelineStagesPassEveryBatchInOrderAndEndTheStream() throws Exception {
    BlockingQueue<ImageBatch> loaded = new ArrayBlockingQueue<>(16);
    BlockingQueue<ImageBatch> augmented = new ArrayBlockingQueue<>(16);
    new BatchLoader(4, 8, 1).run(3, loaded);
    new Augmenter(2, 1).run(loaded, augmented);
    ImageBatch first = augmented.take();
    assertThat(first.index()).isZero();
    assertThat(first.labels()).containsExactly(new BatchLoader(4, 8, 1).load(0).labels());
    assertThat(first.pixels()).isNotEqualTo(new BatchLoader(4, 8, 1).load(0).pixels());
    assertThat(augmented.take().index()).isEqualTo(1);
    assertThat(augmented.take().index()).isEqualTo(2);
    assertThat(augmented.take()).isSameAs(ImageBatch.END);
  }

  @Test
  void trainerLearnsTheBrightnessCue() {
    BatchLoader loader = new BatchLoader(32, 8, 2);
    PipelineTrainer trainer = new PipelineTrainer(8);
    for (int i = 0; i < 400; i++) {
      trainer.trainStep(loader.load(i));
    }
    assertThat(trainer.runningAccuracy()).isGreaterThan(1.0 / BatchLoader.CLASSES + 0.1);
  }

  @Test
  void lockedUpdatesFitTheSharedModel() {
    SharedParameters shared = new SharedParameters(16, true);
    UpdateWorker worker = new UpdateWorker(shared, 64, 3000, 4, 7);
    worker.run();
    // the true weights are sin(i)
    assertThat(shared.weights[1]).isCloseTo(Math.sin(1), within(0.2));
    assertThat(worker.computeNanos).isPositive();
    assertThat(worker.updateNanos).isPositive();
  }

  @Test
  void smileForestBeatsChance() {
    var train = ForestTraining.generate(600, 8, 1);
    var test = ForestTraining.generate(300, 8, 2);
    var forest = ForestTraining.train(train, 10, 8);
    assertThat(ForestTraining.evaluate(forest, test)).isGreaterThan(0.5);
  }
}
