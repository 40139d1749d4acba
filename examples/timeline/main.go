// Command timeline runs over a folder of inspection articles and prints a timeline
// per inspected body: the date of the inspection (else of publication), the current
// overall grade and the previous one with its year, sorted by subject then date. With
// -svg it also draws each subject's overall grade over the years: one panel per
// grading scale, its grade names on the axis, each line labelled with its subject, and
// the subjects whose grades have no year listed below.
//
// Usage:
//
//	go run ./examples/timeline DIR [-svg out.svg]
//	go run ./examples/timeline testdata/corpus -svg timeline.svg
//
// Subjects are grouped by name as the texts give it ("Tameside" and "Tameside MBC"
// are two).
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/rating"
)

func main() {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	svgPath := fs.String("svg", "", "also write an SVG chart to `file`")
	err := fs.Parse(os.Args[1:])
	dir := fs.Arg(0)
	if err == nil && dir != "" {
		err = fs.Parse(fs.Args()[1:]) // flags may also follow DIR
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		return
	case err != nil, dir == "", fs.NArg() > 0:
		fmt.Fprintln(os.Stderr, "usage: timeline DIR [-svg out.svg]")
		os.Exit(2)
	}
	if err := run(dir, *svgPath, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "timeline:", err)
		os.Exit(1)
	}
}

// row is one subject's inspection as one article reports it; zero grades and years
// are ones the text does not give.
type row struct {
	subject           string
	date              extract.Date // inspection, else publication; Value "" if neither
	current, previous rating.Grade
	prevYear          int
}

// run prints the timeline of the .txt articles in dir and, if svgPath is not empty,
// writes the chart there. A file that cannot be read is reported on stderr and makes
// run fail once the others are done.
func run(dir, svgPath string, stdout, stderr io.Writer) error {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err == nil && len(paths) == 0 {
		err = fmt.Errorf("no .txt files in %s", dir)
	}
	if err != nil {
		return err
	}
	var rows []row
	failed := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintf(stderr, "timeline: %v\n", err)
			failed++
			continue
		}
		rep, err := extract.Extract(string(data))
		if err != nil {
			fmt.Fprintf(stderr, "timeline: %s: %v\n", p, err)
			failed++
			continue
		}
		rows = append(rows, rowsOf(rep)...)
	}
	dateKey := func(v string) string { // dates of unknown year ("--10"), and none, sort last
		if v == "" || strings.HasPrefix(v, "--") {
			return "~" + v
		}
		return v
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.subject), strings.ToLower(b.subject)),
			cmp.Compare(a.subject, b.subject), cmp.Compare(dateKey(a.date.Value), dateKey(b.date.Value)))
	})

	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SUBJECT\tDATE\tCURRENT\tPREVIOUS")
	dash := func(s string) string { return cmp.Or(s, "-") }
	for _, r := range rows {
		date, prev := "-", dash(r.previous.String())
		if r.date.Value != "" {
			date = fmt.Sprintf("%s (%s)", r.date.Value, r.date.Role)
		}
		if r.prevYear != 0 {
			prev += fmt.Sprintf(" (%d)", r.prevYear)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.subject, date, dash(r.current.String()), prev)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if svgPath != "" {
		if err := os.WriteFile(svgPath, []byte(chart(rows)), 0o644); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files could not be read", failed, len(paths))
	}
	return nil
}

// rowsOf gives a row for the report's subject and for each other body that an overall
// judgement names, in texts about several.
func rowsOf(rep *extract.Report) []row {
	var date extract.Date
	for _, d := range rep.Dates {
		if d.Role == extract.InspectionDate || d.Role == extract.PublishedDate && date.Role != extract.InspectionDate {
			date = d
		}
	}
	var out []row
	get := func(name string) *row {
		for i := range out {
			if out[i].subject == name {
				return &out[i]
			}
		}
		out = append(out, row{subject: name, date: date})
		return &out[len(out)-1]
	}
	if rep.Subject != nil {
		get(rep.Subject.Name)
	}
	for _, j := range rep.Judgements {
		if j.Subject == "" && rep.Subject != nil {
			j.Subject = rep.Subject.Name
		}
		if j.Area != rating.Overall || j.Subject == "" {
			continue
		}
		switch r := get(j.Subject); {
		case j.Time == rating.Current && r.current.IsZero():
			r.current = j.Grade
		case j.Time == rating.Previous && r.previous.IsZero() && !j.Grade.IsZero():
			r.previous = j.Grade
			if j.Year != nil {
				r.prevYear = *j.Year
			}
		}
	}
	return out
}
