import { allowedMoves, effectiveWinProbabilityBp, isReopening, TenderStage as S } from './tender-stage';

describe('tender stage machine', () => {
  it('follows the pipeline and can cancel from every open stage', () => {
    expect(allowedMoves(S.IDENTIFIED)).toEqual([S.QUALIFYING, S.CANCELLED]);
    expect(allowedMoves(S.QUALIFYING)).toEqual([S.GO, S.NO_GO, S.CANCELLED]);
    expect(allowedMoves(S.SUBMITTED)).toEqual([S.WON, S.LOST, S.WITHDRAWN, S.CANCELLED]);
    expect(allowedMoves(S.WON)).toEqual([]);
    expect(allowedMoves(S.CANCELLED)).toEqual([]);
  });
  it('reopens only NO_GO and LOST, to QUALIFYING', () => {
    expect(allowedMoves(S.NO_GO)).toEqual([S.QUALIFYING]);
    expect(allowedMoves(S.LOST)).toEqual([S.QUALIFYING]);
    expect(isReopening(S.LOST, S.QUALIFYING)).toBe(true);
    expect(isReopening(S.IDENTIFIED, S.QUALIFYING)).toBe(false);
  });
  it('uses the override only while the tender is open', () => {
    expect(effectiveWinProbabilityBp(S.QUALIFYING, null)).toBe(2000);
    expect(effectiveWinProbabilityBp(S.QUALIFYING, 3500)).toBe(3500);
    expect(effectiveWinProbabilityBp(S.WON, 3500)).toBe(10000);
    expect(effectiveWinProbabilityBp(S.LOST, 3500)).toBe(0);
  });
});
