package io.github.sipcodes.bench;

import java.util.SplittableRandom;

/**
 * A realistic stream of SIP status codes, as a proxy or monitoring tool sees them: provisional responses and 200
 * dominate, then the common failures, and a few codes no RFC defines. Built once with a fixed seed and shuffled, so
 * every benchmark reads the same array and the branch predictor cannot learn a short pattern.
 */
final class CodeMix {

  /** How many codes one benchmark invocation processes; every benchmark declares it as operations per invocation. */
  static final int SIZE = 4096;

  // code, weight (per mille): weights follow the shape of real traffic, not a measurement.
  private static final int[][] WEIGHTS = {
    {100, 220}, {180, 160}, {183, 110}, {200, 250},
    {401, 50}, {407, 40}, {486, 30}, {487, 30}, {503, 20}, {404, 20}, {408, 15}, {480, 15}, {603, 10},
    {202, 5}, {302, 5}, {403, 5}, {488, 5}, {500, 3}, {481, 2},
    // codes no RFC defines, which some devices send anyway
    {499, 2}, {599, 1}, {150, 1}, {409, 1},
  };

  private CodeMix() {}

  /** Returns a new array of {@link #SIZE} codes drawn from the mix with a fixed seed. */
  static int[] codes() {
    int total = 0;
    for (int[] entry : WEIGHTS) {
      total += entry[1];
    }
    SplittableRandom random = new SplittableRandom(3261);
    int[] codes = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      int pick = random.nextInt(total);
      for (int[] entry : WEIGHTS) {
        pick -= entry[1];
        if (pick < 0) {
          codes[i] = entry[0];
          break;
        }
      }
    }
    return codes;
  }
}
