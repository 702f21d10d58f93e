/**
 * The dates the encoded articles compare the generated dates with, for the academic year that
 * starts in September of `start`: the OER's fixed days (14 November, 31 May, 15 July, ...) and,
 * for the days the calendar fixes by weekday (the third Wednesday of the academic year or of the
 * second semester), the day of the 2020-2021 calendar in that year. The generator does not read the
 * version's calendar; a date drawn near these with a spread of a week falls on both sides of the
 * version's own day. The end of classes of each semester and the start of the Easter holiday are the
 * manifest's calendar points, which the seeds do not date (marked not_in_seeds there).
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
  readonly deviatingAdmissionJuneUntil: string;
  readonly deviatingAdmissionSeptemberUntil: string;
  readonly exchangeRequestBefore: string;
  readonly firstSemesterClassesEnd: string;
  readonly secondSemesterClassesEnd: string;
  readonly spreadingFirstUntil: string;
  readonly spreadingSecondUntil: string;
  readonly easterHolidayStart: string;
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
    deviatingAdmissionJuneUntil: `${start}-05-31`,
    deviatingAdmissionSeptemberUntil: `${start}-08-31`,
    exchangeRequestBefore: `${start}-11-01`,
    firstSemesterClassesEnd: `${start}-12-18`,
    secondSemesterClassesEnd: `${next}-05-28`,
    spreadingFirstUntil: `${start}-12-01`,
    spreadingSecondUntil: `${next}-03-31`,
    easterHolidayStart: `${next}-04-05`,
  };
}
