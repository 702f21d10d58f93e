/**
 * Art. 2: the language of the programme (Dutch mostly, English for some) and the candidate's
 * evidence of proficiency in it — credits passed at and beside 54, CEFR levels around B2, IELTS
 * at and beside 6, 6.5 and 7 (and per skill), TOEFL at and beside 72, 79, 90 and 94 (internet),
 * 550 (paper), 213 (computer), 18-22 per skill — and the other proofs the faculties accept.
 */
import type { Drawer } from "./drawer.js";

export function programmeLanguage(f: Drawer): string {
  return f.yes(0.2) ? "en" : "nl";
}

export function languageEvidenceFacts(f: Drawer): Record<string, unknown> {
  const ielts = () => f.pick([5.5, 6, 6.5, 7, 7.5]);
  const toeflSkill = () => f.pick([17, 18, 19, 21, 22, 23]);
  return {
    language_evidence: {
      study_year_passed: f.yes(0.6),
      credits_passed: f.yes(0.5) ? f.pick([0, 53, 54, 55]) : f.int(0, 180),
      education_country_listed: f.yes(0.5),
      cefr: f.pick(["A2", "B1", "B2", "C1", "C2"]),
      academic_level: f.yes(0.3),
      level_unclear: f.yes(0.1),
      ielts: ielts(),
      ielts_reading: ielts(),
      ielts_listening: ielts(),
      ielts_speaking: ielts(),
      ielts_writing: ielts(),
      toefl_ibt: f.pick([71, 72, 78, 79, 80, 89, 90, 93, 94, 95]),
      toefl_reading: toeflSkill(),
      toefl_listening: toeflSkill(),
      toefl_speaking: toeflSkill(),
      toefl_writing: toeflSkill(),
      toefl_paper: f.pick([549, 550, 551]),
      toefl_computer: f.pick([212, 213, 214]),
      cpe: f.yes(0.1),
      english_university_diploma: f.yes(0.2),
      interview_passed: f.yes(0.5),
      english_bachelor_from_faculty: f.yes(0.1),
      native_english_listed_country: f.yes(0.1),
      committee_admitted_without_test: f.yes(0.1),
      usl_bilingual_major: f.yes(0.05),
      master_diploma_flemish_or_french_community: f.yes(0.2),
      belgian_diploma: f.yes(0.5),
    },
    joint_degree_track: f.yes(0.05),
  };
}
