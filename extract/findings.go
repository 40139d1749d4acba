package extract

import "github.com/verdictnlp/verdict/findings"

// ThemeOther is the theme of a finding whose clause names none of the listed subjects.
const ThemeOther = findings.ThemeOther

// Themes returns the themes a finding can have, in the order the word list gives them,
// with ThemeOther last (see findings.Themes).
func Themes() []string { return findings.Themes() }

// findings finds what inspectors found, as positive or failure clauses: the findings
// package reads the document with what the judgements, quotes and officials steps found
// (the judgements, every grade mention, the quotes and the quoted stretches, the
// officials) and whether the text names the inspectorate.
func (s *state) findings() {
	found := findings.Find(findings.Input{
		Doc:          s.doc,
		Found:        s.found,
		Mentions:     s.allFound,
		Quotes:       s.report.Quotes,
		Candidates:   s.quoteCands,
		People:       s.report.Officials,
		Inspectorate: s.report.Inspectorate != nil,
		Ctx:          s.ctx,
	})
	if len(s.report.Findings) == 0 && len(found) > 0 {
		s.report.Findings = found // the scan's own list, sized for them: no copy
		return
	}
	s.report.Findings = append(s.report.Findings, found...)
}
