/**
 * Hải Dương province 2022 as appraised by the Ministry on the QĐ 876/QĐ-BNV
 * set (bnv-tinh-2022): 83,516 of 100, index 83,52 (docs/domain.md). One copy
 * of the published figures for every test that scores them.
 */
export const haiDuongProvinceScores: Readonly<Record<string, number>> = {
  "1": 8.82,
  "2": 9.26,
  "3": 12.976,
  "4": 9.06,
  "5": 12.3,
  "6": 10.876,
  "7": 9.304,
  "8": 2.5,
  "9.1": 1.28,
  "9.2": 1.3,
  "9.3": 2.07,
  "9.4": 2.11,
  "9.5": 1.66,
};
