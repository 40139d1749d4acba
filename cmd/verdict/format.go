package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/text"
)

// format turns one input's Report into output bytes. header is written once before
// all inputs; multi, when set, is the opening, separator and closing of several inputs
// (a JSON array), written instead of the header.
type format struct {
	header []byte
	multi  *[3][]byte
	write  func(in input, rep *extract.Report, several bool) ([]byte, error)
}

var formats = map[string]format{
	"json":  {multi: &[3][]byte{[]byte("[\n"), []byte(",\n"), []byte("]\n")}, write: writeJSON},
	"jsonl": {write: writeJSONL},
	"csv":   {header: csvHeader(), write: writeCSV},
	"text":  {write: writeText},
}

// input is where a Report came from: the file name, and for an HTML page the article
// text read from it, which the Report's spans index.
type input struct {
	source string
	text   string
}

// sourced is a Report with the file it came from and, for an HTML page, the article
// text its spans index.
type sourced struct {
	Source string `json:"source"`
	Text   string `json:"text,omitempty"`
	*extract.Report
}

func writeJSON(in input, rep *extract.Report, several bool) ([]byte, error) {
	if !several && in.text == "" {
		return extract.MarshalIndent(rep)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(sourced{Source: in.source, Text: in.text, Report: rep})
	return bytes.TrimRight(buf.Bytes(), "\n"), err
}

func writeJSONL(in input, rep *extract.Report, _ bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(sourced{Source: in.source, Text: in.text, Report: rep})
	return buf.Bytes(), err
}

var csvColumns = []string{"source", "kind", "label", "value", "detail", "start", "end", "text"}

func csvHeader() []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(csvColumns)
	w.Flush()
	return buf.Bytes()
}

// writeCSV writes one row per judgement, date, official, quote and finding: what it is
// (kind), its label (area, role, name, speaker, polarity), its value, a detail, and
// where the input says it, for spreadsheet users. encoding/csv quotes as RFC 4180 does.
func writeCSV(in input, rep *extract.Report, _ bool) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	row := func(kind, label, value, detail string, sp text.Span, txt string) {
		w.Write([]string{in.source, kind, label, value, detail, strconv.Itoa(sp.Start), strconv.Itoa(sp.End), txt})
	}
	for _, j := range rep.Judgements {
		detail := j.Time.String()
		if j.Year != nil {
			detail += " " + strconv.Itoa(*j.Year)
		}
		if j.Subject != "" {
			detail += " (" + j.Subject + ")"
		}
		row("judgement", j.Area, j.Grade.String(), detail, j.Span, j.Text)
	}
	for _, d := range rep.Dates {
		end := ""
		if d.End != nil {
			end = "to " + *d.End
		}
		row("date", d.Role.String(), d.Value, end, d.Span, d.Text)
	}
	for _, o := range rep.Officials {
		sp, txt := text.NoSpan, ""
		if len(o.Mentions) > 0 {
			sp, txt = o.Mentions[0].Span, o.Mentions[0].Text
		}
		row("official", o.Role, o.Name, o.Org, sp, txt)
	}
	for _, q := range rep.Quotes {
		row("quote", q.SpeakerKind.String(), q.Speaker, strconv.Itoa(q.Paragraphs)+" paragraphs", q.Span, q.Text)
	}
	for _, f := range rep.Findings {
		row("finding", f.Polarity.String(), "", "", f.Span, f.Text)
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// writeText writes a Report for people to read.
func writeText(in input, rep *extract.Report, several bool) ([]byte, error) {
	var b strings.Builder
	if several {
		fmt.Fprintf(&b, "== %s\n", in.source)
	}
	if rep.Inspectorate != nil {
		fmt.Fprintf(&b, "Inspectorate: %s\n", rep.Inspectorate.Name)
	}
	if rep.Subject != nil {
		fmt.Fprintf(&b, "Subject: %s", rep.Subject.Name)
		if rep.Subject.Service != "" {
			fmt.Fprintf(&b, " (%s)", rep.Subject.Service)
		}
		b.WriteString("\n")
	}
	for _, j := range rep.Judgements {
		fmt.Fprintf(&b, "Judgement: %s %s, %s", j.Area, j.Grade, j.Time)
		if j.Year != nil {
			fmt.Fprintf(&b, " %d", *j.Year)
		}
		if j.Subject != "" {
			fmt.Fprintf(&b, " (%s)", j.Subject)
		}
		b.WriteString("\n")
	}
	for _, d := range rep.Dates {
		fmt.Fprintf(&b, "Date: %s %s", d.Role, d.Value)
		if d.End != nil {
			fmt.Fprintf(&b, " to %s", *d.End)
		}
		fmt.Fprintf(&b, " (%q)\n", d.Text)
	}
	for _, o := range rep.Officials {
		fmt.Fprintf(&b, "Official: %s", o.Name)
		if o.Role != "" {
			fmt.Fprintf(&b, ", %s", o.Role)
		}
		if o.Org != "" {
			fmt.Fprintf(&b, ", %s", o.Org)
		}
		b.WriteString("\n")
	}
	for _, q := range rep.Quotes {
		who := q.Speaker
		if who == "" {
			who = q.SpeakerKind.String()
		}
		fmt.Fprintf(&b, "Quote (%s): %q\n", who, q.Text)
	}
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "Finding (%s): %s\n", f.Polarity, f.Text)
	}
	b.WriteString("\n")
	return []byte(b.String()), nil
}
