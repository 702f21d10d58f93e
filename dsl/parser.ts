/**
 * The chevrotain grammar of the rule language. Error recovery is on and nodes carry full locations,
 * so the CLI and the editor share this parser; the CST is turned into the AST by cst-to-ast.ts.
 *
 * Statements start with a reserved keyword (parameter, definition, set, decision, exception), so
 * parse.ts cuts the token stream at those keywords and parses each statement on its own: an error
 * in one statement never swallows the next.
 */
import { CstParser, type CstNode, type IToken } from "chevrotain";
import * as T from "./tokens.js";

const K = T.Keyword;

export class RuleParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, nodeLocationTracking: "full", maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  public statement = this.RULE("statement", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.declaration) },
      { ALT: () => this.SUBRULE(this.setDecl) },
      { ALT: () => this.SUBRULE(this.decisionDecl) },
      { ALT: () => this.SUBRULE(this.exceptionDecl) },
    ]);
  });

  // Parameters and definitions are one form under two keywords. A label may stand before or after
  // the value: people write both.
  private declaration = this.RULE("declaration", () => {
    this.OR([{ ALT: () => this.CONSUME(K.Parameter) }, { ALT: () => this.CONSUME(K.Definition) }]);
    this.CONSUME(T.Identifier);
    this.OPTION3(() => this.SUBRULE(this.elementParameters));
    this.OPTION(() => this.SUBRULE(this.label));
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
    this.OPTION2(() => this.SUBRULE2(this.label));
  });

  /** `(c in courses)`: a definition of one element of a list (definition-call.md in docs/language.md). */
  private elementParameters = this.RULE("elementParameters", () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.elementParameter) });
    this.CONSUME(T.RParen);
  });

  private elementParameter = this.RULE("elementParameter", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(K.In);
    this.SUBRULE(this.expression);
  });

  private setDecl = this.RULE("setDecl", () => {
    this.CONSUME(K.Set);
    this.SUBRULE(this.qualifiedName);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
    this.OPTION(() => this.SUBRULE(this.label));
  });

  private decisionDecl = this.RULE("decisionDecl", () => {
    this.CONSUME(K.Decision);
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.label));
    this.OPTION2(() => this.CONSUME(T.Paragraph));
    this.OPTION3(() => this.SUBRULE(this.forEach));
    this.CONSUME(T.Colon);
    this.MANY(() => this.SUBRULE(this.rule));
  });

  private exceptionDecl = this.RULE("exceptionDecl", () => {
    this.CONSUME(K.Exception);
    this.CONSUME(K.To);
    this.SUBRULE(this.qualifiedName);
    this.OPTION(() => this.SUBRULE(this.label));
    this.OPTION2(() => this.CONSUME(T.Paragraph));
    this.CONSUME(T.Colon);
    this.MANY(() => this.SUBRULE(this.rule));
  });

  private forEach = this.RULE("forEach", () => {
    this.CONSUME(K.For);
    this.CONSUME(K.Each);
    this.CONSUME(T.Identifier);
    this.CONSUME(K.In);
    this.SUBRULE(this.expression);
  });

  private rule = this.RULE("rule", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.Otherwise);
          this.SUBRULE(this.outcomeClause);
        },
      },
      {
        ALT: () => {
          this.SUBRULE2(this.outcomeClause);
          this.CONSUME(K.If);
          this.SUBRULE(this.expression);
        },
      },
    ]);
    this.OPTION(() => this.SUBRULE(this.label));
    this.OPTION2(() => this.CONSUME(T.Paragraph));
  });

  private outcomeClause = this.RULE("outcomeClause", () => {
    this.CONSUME(T.OutcomeWord);
    this.OPTION(() => {
      this.CONSUME(K.With);
      this.SUBRULE(this.expression);
    });
  });

  private label = this.RULE("label", () => {
    this.CONSUME(T.StringLiteral);
    this.OPTION(() => {
      this.CONSUME(T.Slash);
      this.CONSUME2(T.StringLiteral);
    });
  });

  private qualifiedName = this.RULE("qualifiedName", () => {
    this.CONSUME(T.Identifier);
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.SUBRULE(this.fieldName);
    });
  });

  /** After a dot any word names a field, unit words included (`a.hours`). */
  private fieldName = this.RULE("fieldName", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.UnitWord) }]);
  });

  public expression = this.RULE("expression", () => {
    this.SUBRULE(this.orExpr);
  });

  private orExpr = this.RULE("orExpr", () => {
    this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.CONSUME(K.Or);
      this.SUBRULE2(this.andExpr);
    });
  });

  private andExpr = this.RULE("andExpr", () => {
    this.SUBRULE(this.notExpr);
    this.MANY(() => {
      this.CONSUME(K.And);
      this.SUBRULE2(this.notExpr);
    });
  });

  private notExpr = this.RULE("notExpr", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.Not);
          this.SUBRULE(this.notExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  private comparison = this.RULE("comparison", () => {
    this.SUBRULE(this.additive);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Equals) },
        { ALT: () => this.CONSUME(T.NotEquals) },
        { ALT: () => this.CONSUME(T.LessEquals) },
        { ALT: () => this.CONSUME(T.GreaterEquals) },
        { ALT: () => this.CONSUME(T.Less) },
        { ALT: () => this.CONSUME(T.Greater) },
        { ALT: () => this.CONSUME(K.In) },
      ]);
      this.SUBRULE2(this.additive);
    });
  });

  private additive = this.RULE("additive", () => {
    this.SUBRULE(this.multiplicative);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME(T.Minus) }]);
      this.SUBRULE2(this.multiplicative);
    });
  });

  private multiplicative = this.RULE("multiplicative", () => {
    this.SUBRULE(this.unary);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Star) }, { ALT: () => this.CONSUME(T.Slash) }]);
      this.SUBRULE2(this.unary);
    });
  });

  private unary = this.RULE("unary", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Minus);
          this.SUBRULE(this.unary);
        },
      },
      { ALT: () => this.SUBRULE(this.postfix) },
    ]);
  });

  private postfix = this.RULE("postfix", () => {
    this.SUBRULE(this.atom);
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.SUBRULE(this.fieldName);
    });
    // `art47.no_credit(c)`: a definition of another article called on an element.
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression) });
      this.CONSUME(T.RParen);
    });
  });

  private atom = this.RULE("atom", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.numberLit) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.DateLiteral) },
      { ALT: () => this.CONSUME(K.True) },
      { ALT: () => this.CONSUME(K.False) },
      // An outcome word compared with another decision's outcome: `outcome(art24.x) = allowed`.
      { ALT: () => this.CONSUME(T.OutcomeWord) },
      { ALT: () => this.SUBRULE(this.parenExpr) },
      { ALT: () => this.SUBRULE(this.listLit) },
      { ALT: () => this.SUBRULE(this.recordLit) },
      { ALT: () => this.SUBRULE(this.aggregate) },
      { ALT: () => this.SUBRULE(this.fold) },
      { ALT: () => this.SUBRULE(this.conditional) },
      { ALT: () => this.SUBRULE(this.nameOrCall) },
    ]);
  });

  private numberLit = this.RULE("numberLit", () => {
    this.CONSUME(T.NumberLiteral);
    this.OPTION(() => {
      this.OR([{ ALT: () => this.CONSUME(T.UnitWord) }, { ALT: () => this.CONSUME(T.Percent) }]);
    });
  });

  private parenExpr = this.RULE("parenExpr", () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
  });

  private listLit = this.RULE("listLit", () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression) });
    this.CONSUME(T.RBracket);
  });

  /** `{ step: "aanvraag", deadline: 2017-10-15 }`: rows of a regulation's own tables. */
  private recordLit = this.RULE("recordLit", () => {
    this.CONSUME(T.LBrace);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.recordField) });
    this.CONSUME(T.RBrace);
  });

  private recordField = this.RULE("recordField", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.expression);
  });

  private aggregate = this.RULE("aggregate", () => {
    this.CONSUME(T.AggregateWord);
    this.CONSUME(T.LParen);
    this.OR([
      {
        // `count(c in courses …)`: the element itself.
        GATE: () => this.LA(1).tokenType === T.Identifier && this.LA(2).tokenType === K.In,
        ALT: () => {
          this.CONSUME(T.Identifier);
          this.CONSUME(K.In);
          this.SUBRULE(this.expression);
        },
      },
      {
        ALT: () => {
          this.SUBRULE2(this.expression, { LABEL: "body" });
          this.CONSUME(K.For);
          this.CONSUME2(T.Identifier);
          this.CONSUME2(K.In);
          this.SUBRULE3(this.expression, { LABEL: "collection" });
        },
      },
    ]);
    this.OPTION(() => {
      this.CONSUME(K.Where);
      this.SUBRULE4(this.expression, { LABEL: "filter" });
    });
    this.CONSUME(T.RParen);
  });

  /** `accumulate(s = init for y in list where … then step)`: a running value over a finite list. */
  private fold = this.RULE("fold", () => {
    this.CONSUME(K.Accumulate);
    this.CONSUME(T.LParen);
    this.CONSUME(T.Identifier, { LABEL: "accumulator" });
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression, { LABEL: "initial" });
    this.CONSUME(K.For);
    this.CONSUME2(T.Identifier, { LABEL: "variable" });
    this.CONSUME(K.In);
    this.SUBRULE2(this.expression, { LABEL: "collection" });
    this.OPTION(() => {
      this.CONSUME(K.Where);
      this.SUBRULE3(this.expression, { LABEL: "filter" });
    });
    this.CONSUME(K.Then);
    this.SUBRULE4(this.expression, { LABEL: "step" });
    this.CONSUME(T.RParen);
  });

  private conditional = this.RULE("conditional", () => {
    this.CONSUME(K.If);
    this.SUBRULE(this.expression, { LABEL: "condition" });
    this.CONSUME(K.Then);
    this.SUBRULE2(this.expression, { LABEL: "then" });
    this.CONSUME(K.Otherwise);
    this.SUBRULE3(this.expression, { LABEL: "otherwise" });
  });

  private nameOrCall = this.RULE("nameOrCall", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.expression) });
      this.CONSUME(T.RParen);
    });
  });
}

/** One parser instance serves every parse: chevrotain parsers are reusable by resetting `input`. */
export const ruleParser = new RuleParser();

export type { CstNode, IToken };
