import { percentOf, percentOfMicro, roundHalfUp, sumDecimals, toMicro } from "../../src/core/decimal";

describe("decimal rounding", () => {
  it("rounds half up on the decimal value, not the binary float", () => {
    expect(roundHalfUp(89.995, 2)).toBe(90);
    expect(roundHalfUp(69.995, 2)).toBe(70);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(77.14285714, 2)).toBe(77.14);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
  });

  it("computes percentages on exact ratios", () => {
    // 17,999 of 20 is exactly 89,995 %: published as 90,00.
    expect(percentOf(17.999, 20, 2)).toBe(90);
    // Phù Yên: 54 of 70 points is 77,14 %.
    expect(percentOf(54, 70, 2)).toBe(77.14);
    expect(percentOf(21, 70, 2)).toBe(30);
    // Hải Dương 2022, appraised by the Ministry: 83,516 of 100.
    expect(percentOf(83.516, 100, 2)).toBe(83.52);
    expect(percentOf(2, 3, 0)).toBe(67);
    expect(percentOf(2, 3, 4)).toBe(66.6667);
  });

  it("falls back to big integers when the product leaves the safe range", () => {
    expect(percentOfMicro(toMicro(5999.995), toMicro(10000), 4)).toBe(60);
  });

  it("sums decimals without drift", () => {
    expect(sumDecimals([0.1, 0.2])).toBe(0.3);
    expect(sumDecimals([8.82, 9.26, 12.976, 9.06, 12.3, 10.876, 9.304, 2.5, 1.28, 1.3, 2.07, 2.11, 1.66])).toBe(83.516);
  });
});
