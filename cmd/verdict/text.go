package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/extract"
)

// quoteWidth is how many characters of a quote or finding the text summary shows.
const quoteWidth = 160

// writeText writes a summary of a Report for people to read: what was inspected and
// by whom, the grades, the dates, the officials, then the quotes and findings, each
// cut to a line, under a heading naming the input.
func writeText(in input, rep *extract.Report) ([]byte, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", in.source)
	if rep.Subject != nil {
		fmt.Fprintf(&b, "Subject:      %s", rep.Subject.Name)
		if rep.Subject.Service != "" {
			fmt.Fprintf(&b, " (%s)", rep.Subject.Service)
		}
		b.WriteString("\n")
	}
	if rep.Inspectorate != nil {
		fmt.Fprintf(&b, "Inspectorate: %s\n", rep.Inspectorate.Name)
	}
	section(&b, "Grades", len(rep.Judgements))
	for _, j := range rep.Judgements {
		grade := j.Grade.String()
		if grade == "" {
			grade = "grade not given" // an earlier inspection dated but not graded
		}
		fmt.Fprintf(&b, "  %-28s %s (%s)\n", j.Area, grade, judgementDetail(j.Time.String(), j.Year, j.Subject))
	}
	section(&b, "Dates", len(rep.Dates)+btoi(in.meta != nil))
	for _, d := range rep.Dates {
		v := d.Value
		if d.End != nil {
			v += " to " + *d.End
		}
		fmt.Fprintf(&b, "  %-28s %s  (%s)\n", d.Role, v, oneLine(d.Text))
	}
	if m := in.meta; m != nil {
		fmt.Fprintf(&b, "  %-28s %s  (from the page's %s)\n", m.Role, m.Value, m.From)
	}
	section(&b, "Officials", len(rep.Officials))
	for _, o := range rep.Officials {
		fmt.Fprintf(&b, "  %s%s\n", o.Name, joinNonEmpty(", ", o.Role, o.Org))
	}
	section(&b, "Quotes", len(rep.Quotes))
	for _, q := range rep.Quotes {
		who := q.Speaker
		if who == "" {
			who = q.SpeakerKind.String()
		}
		fmt.Fprintf(&b, "  %s: %s\n", who, oneLine(q.Text))
	}
	section(&b, "Findings", len(rep.Findings))
	for _, f := range rep.Findings {
		mark := "-"
		if f.Polarity == extract.Positive {
			mark = "+"
		}
		fmt.Fprintf(&b, "  %s %s\n", mark, oneLine(f.Text))
	}
	b.WriteString("\n")
	return []byte(b.String()), nil
}

func section(b *strings.Builder, name string, n int) {
	if n > 0 {
		fmt.Fprintf(b, "%s:\n", name)
	}
}

func btoi(ok bool) int {
	if ok {
		return 1
	}
	return 0
}

// joinNonEmpty joins the parts that are not empty, each after sep.
func joinNonEmpty(sep string, parts ...string) string {
	var s string
	for _, p := range parts {
		if p != "" {
			s += sep + p
		}
	}
	return s
}

// oneLine is s with its white space collapsed, cut to quoteWidth characters.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= quoteWidth {
		return s
	}
	r := []rune(s)
	return string(r[:quoteWidth-1]) + "…"
}

func errorText(in input, err error) []byte {
	return []byte(fmt.Sprintf("== %s\nError: %v\n\n", in.source, err))
}
