/**
 * The text of `regelwerk --help`, in a module of its own that imports nothing: the installed command
 * prints it without loading the engine (entry.ts).
 */
const BATCH_USAGE = `  regelwerk batch [file|-]               evaluate a cohort: NDJSON, a JSON array, YAML documents or CSV,
                                        from a file or standard input; one output line per student
      --regulation DIR  the regulation version folder (default: the last under regulations/kuleuven-oer)
      --input F         ndjson, json, yaml or csv (default: from the file's extension or its content)
      --columns FILE    CSV input: the mapping of CSV columns to context fields (docs/batch.md)
      --format F        ndjson (default) or csv: a row per student, a column per decision
      --workers N       worker threads (default: the number of cores)
      --article N       only the decisions of article N
      --only LIST       only decisions with these outcomes in the output, e.g. refused,undetermined
      --explain         add each decision's explanation (NDJSON), in --lang nl|en
`;

export const USAGE = `regelwerk — regulations as data, evaluated with explanations

usage:
  regelwerk check [dir] [--quiet]       check regulation files (default: regulations); --quiet: errors only
  regelwerk test [dir|file] [--article N] [--verbose] [--lang nl|en] [--min-condition-coverage P]
                                        run the examples in the regulation files (of one file or one
                                        article); report rule and condition coverage (each and/or
                                        operand seen true and false); below P per cent fails
  regelwerk test <new-version-dir> --against <old-version-dir> [--article N] [--lang nl|en] [--json]
                                        the old version's examples, moved to the new year, run on the
                                        new version: which now decide differently and why; exit 1 if any
  regelwerk eval <context.yaml|json|->  explain every decision for a student (or a list); - reads standard input
      --lang nl|en      language of the explanation (default nl)
      --article N       only the decisions of article N
      --json            machine-readable output with trace and receipt (an error object when it fails)
      --regulation DIR  the regulation version folder (default: regulations/kuleuven-oer/<year>)
      --verbose         every decision explained in full, with the rules that did not apply (without
                        it: a summary table, then what a faculty text decided and every outcome that
                        is not allowed, determined or not applicable)
      --no-trace        no trace and no "what would have to change" (faster for many students)
  regelwerk articles [--regulation DIR] list the articles, their decisions and the faculty files on each
  regelwerk coverage [--regulation DIR] [--json|--markdown]
                                        per article, the provisions of the version's provisions index
                                        encoded, quoted only and not encoded, general and faculty
${BATCH_USAGE}
  regelwerk fmt [paths] [--write] [--check] [--lang nl|en]
                                        lay out the rules of regulation files canonically (or in the
                                        other keyword language); without --write, list what would change
  regelwerk new supplement --article N --faculty F [--campus C] [--kind supplement|deviation]
                   [--regulation DIR] [--out FILE]
                                        write the skeleton of a faculty file beside the article's
                                        general text (art-22/farm.yaml): its open points, a provision,
                                        an exception and a test to fill in; never overwrites a file
  regelwerk --version                   the engine's version
  regelwerk --help                      this text (regelwerk <command> --help: that command's part)

  regelwerk serve [--port N] [--root DIR] [--db FILE] [--demo]
                                        the editor server on 127.0.0.1 (--demo: a temporary copy of
                                        the regulations and one-time accounts, printed)
  regelwerk users add <name> --role R [--faculty F] [--db FILE]   (password on standard input)
  regelwerk users list|disable <name> [--db FILE]
                                        accounts of the editor server
  regelwerk diff <old-version-dir> <new-version-dir> [--lang nl|en] [--json|--html]
                                        what changed between two versions, per article; exit 0 none,
                                        1 differences, 2 trouble
      --cohort FILE.ndjson | --generate N [--seed S]
                                        also evaluate every student under both versions: per decision,
                                        the outcome transitions with counts and example students
      --student FILE [--article N]
                                        one student under both versions: the two explanations side
                                        by side, per decision (text: before/after; --html: two columns)
  regelwerk cohort --size N [--seed S] [--faculty F] [--year YYYY-YYYY]
                                        generated valid students as NDJSON (deterministic for a seed)
  regelwerk version new <set-dir> <from-year> <to-year>
                                        next year's version: the folder copied, the calendar and the
                                        examples' dates moved, the predecessor recorded; exit 4 when
                                        the target exists

Errors and warnings go to standard error. Colour only on a terminal: --no-color or NO_COLOR turn it off,
FORCE_COLOR turns it on when piped.
exit codes: 0 ok, 1 findings (errors, failed tests), 2 bad input, 3 internal error, 4 target exists
`;

/**
 * The lines of the usage text about one command (`regelwerk batch --help`): each block from
 * `  regelwerk <name>` up to the next command, a blank line or unindented text.
 */
export function commandUsage(name: string): string {
  const sections: string[] = [];
  let current: string[] | null = null;
  for (const line of USAGE.split("\n")) {
    const head = /^ {2}regelwerk (\S+)/.exec(line);
    if (head) {
      current = head[1] === name ? [] : null;
      if (current) sections.push("");
    } else if (!line.startsWith(" ")) current = null;
    if (current) sections[sections.length - 1] += `${line}\n`;
  }
  return sections.join("");
}

/** `--help` or `-h` among a command's arguments: its part of the usage text is printed, nothing run. */
export function asksHelp(args: readonly string[]): boolean {
  return args.includes("--help") || args.includes("-h");
}
