/**
 * The dates the encoded articles compare the generated dates with, for the academic year that
 * starts in September of `start`: the OER's fixed days (14 November, 31 May, 15 July, ...) and,
 * for the days the calendar fixes by weekday (the third Wednesday of the academic year or of the
 * second semester), the day of the 2020-2021 calendar in that year. The generator does not read the
 * version's calendar; a date drawn near these with a spread of a week falls on both sides of the
 * version's own day.
 */
export interface Deadlines {
  readonly evcExemptionRequestUntil: string;
  readonly ectsFixedBefore: string;
  readonly academicYearStart: string;
  readonly firstFridayYear: string;
  readonly evcLanguageUntil: string;
  readonly thirdWednesdayYear: string;
  readonly programmeChangeRequestUntil: string;
  readonly programmeChangeFirstSemesterUntil: string;
  readonly examFormChangeUntil: string;
  readonly facilitiesFirstUntil: string;
  readonly secondSemesterStart: string;
  readonly thirdWednesdaySecond: string;
  readonly facilitiesSecondUntil: string;
  readonly facilitiesThirdUntil: string;
  readonly lastExamPeriodClosedBy: string;
  readonly exchangeResultsDecisionUntil: string;
}

export function deadlines(start: number): Deadlines {
  const next = start + 1;
  return {
    evcExemptionRequestUntil: `${start}-05-31`,
    ectsFixedBefore: `${start}-07-15`,
    academicYearStart: `${start}-09-21`,
    firstFridayYear: `${start}-09-25`,
    evcLanguageUntil: `${start}-10-01`,
    thirdWednesdayYear: `${start}-10-07`,
    programmeChangeRequestUntil: `${start}-10-31`,
    programmeChangeFirstSemesterUntil: `${start}-11-14`,
    examFormChangeUntil: `${start}-11-14`,
    facilitiesFirstUntil: `${start}-12-01`,
    secondSemesterStart: `${next}-02-15`,
    thirdWednesdaySecond: `${next}-03-03`,
    facilitiesSecondUntil: `${next}-04-01`,
    facilitiesThirdUntil: `${next}-07-15`,
    lastExamPeriodClosedBy: `${next}-09-30`,
    exchangeResultsDecisionUntil: `${next}-11-14`,
  };
}
