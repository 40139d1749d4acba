// Command basic extracts one inspection article and prints what it found as
// readable text: the inspectorate and subject, each judgement, each quote with its
// speaker and each finding with its polarity.
//
// Usage:
//
//	go run ./examples/basic FILE
//	go run ./examples/basic testdata/corpus/000_267091c07c1a288e.txt
//
// FILE "-" reads standard input.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/quote"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: basic FILE")
		os.Exit(2)
	}
	in := io.Reader(os.Stdin)
	if name := os.Args[1]; name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "basic:", err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	if err := run(in, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "basic:", err)
		os.Exit(1)
	}
}

// run reads one article from r and writes its Report to w as text.
func run(r io.Reader, w io.Writer) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	rep, err := extract.Extract(string(data)) // fails only for input over 64 MiB
	if err != nil {
		return err
	}

	var b strings.Builder
	if rep.Inspectorate != nil {
		fmt.Fprintf(&b, "Inspectorate: %s\n", rep.Inspectorate.Name)
	} else {
		b.WriteString("Inspectorate: none (the text reports no inspection)\n")
	}
	if s := rep.Subject; s != nil {
		fmt.Fprintf(&b, "Subject: %s", s.Name)
		if s.Service != "" {
			fmt.Fprintf(&b, " (%s)", s.Service)
		}
		b.WriteByte('\n')
	}

	fmt.Fprintf(&b, "\nJudgements (%d):\n", len(rep.Judgements))
	for _, j := range rep.Judgements {
		fmt.Fprintf(&b, "  %s: %s (%s", j.Area, j.Grade, j.Time)
		if j.Year != nil {
			fmt.Fprintf(&b, ", %d", *j.Year)
		}
		b.WriteByte(')')
		if j.Subject != "" {
			fmt.Fprintf(&b, " for %s", j.Subject)
		}
		b.WriteByte('\n')
	}

	// The role of a quoted official, to say who the speaker is.
	roles := map[string]string{}
	for _, o := range rep.Officials {
		roles[o.Name] = strings.Trim(o.Role+", "+o.Org, ", ")
	}
	fmt.Fprintf(&b, "\nQuotes (%d):\n", len(rep.Quotes))
	for _, q := range rep.Quotes {
		fmt.Fprintf(&b, "  %s: \u201c%s\u201d\n", speaker(q, roles), oneLine(q.Text))
	}

	fmt.Fprintf(&b, "\nFindings (%d):\n", len(rep.Findings))
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "  [%s] %s\n", f.Polarity, oneLine(f.Text))
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// speaker names who a quote is given to: "Gerald Cooney (council leader, Tameside)",
// "the report", "inspectors", "unknown".
func speaker(q quote.Quote, roles map[string]string) string {
	switch {
	case q.Speaker != "" && roles[q.Speaker] != "":
		return q.Speaker + " (" + roles[q.Speaker] + ")"
	case q.Speaker != "":
		return q.Speaker
	case q.SpeakerKind == quote.Report:
		return "the report"
	}
	return q.SpeakerKind.String()
}

// oneLine collapses the line breaks and runs of spaces of a multi-paragraph quote.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
