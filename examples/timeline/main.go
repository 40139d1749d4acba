// Command timeline runs over a folder of inspection articles and prints a timeline
// per inspected body: the date of the inspection (else of publication), the current
// overall grade and the previous one with its year, sorted by subject then date. With
// -svg it also draws each subject's overall grade over the years.
//
// Usage:
//
//	go run ./examples/timeline DIR [-svg out.svg]
//	go run ./examples/timeline testdata/corpus -svg timeline.svg
//
// Subjects are grouped by name as the texts give it ("Tameside" and "Tameside MBC"
// are two). In the chart a grade's rank is its place on its own scale, 1 the best.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

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
		case j.Time == rating.Previous && r.previous.IsZero():
			r.previous = j.Grade
			if j.Year != nil {
				r.prevYear = *j.Year
			}
		}
	}
	return out
}

// chart draws an SVG line per subject through its grades: the previous one at its
// year, the current one at the inspection date. x is the year, y the grade's rank.
func chart(rows []row) string {
	type point struct {
		x    float64
		rank int
	}
	layouts := map[extract.Precision]string{extract.Day: time.DateOnly, extract.Month: "2006-01", extract.Year: "2006"}
	var names []string
	series := map[string][]point{}
	minX, maxX, maxRank := math.Inf(1), math.Inf(-1), 4
	for _, r := range rows { // sorted by subject, then date
		var ps []point
		if r.previous.Rank() > 0 && r.prevYear > 0 {
			ps = append(ps, point{float64(r.prevYear), r.previous.Rank()})
		}
		// A date of unknown year ("--10") does not parse and is left out.
		if t, err := time.Parse(layouts[r.date.Precision], r.date.Value); err == nil && r.current.Rank() > 0 {
			ps = append(ps, point{float64(t.Year()) + float64(t.Month()-1)/12, r.current.Rank()})
		}
		for _, p := range ps {
			minX, maxX, maxRank = min(minX, p.x), max(maxX, p.x), max(maxRank, p.rank)
		}
		if len(ps) > 0 && len(series[r.subject]) == 0 {
			names = append(names, r.subject)
		}
		series[r.subject] = append(series[r.subject], ps...)
	}
	first, last := int(math.Floor(minX)), int(math.Ceil(maxX))
	if len(names) == 0 {
		first, last = 2020, 2025
	}
	last = max(last, first+1)
	const left, top, plotW, plotH, legendX = 70.0, 30.0, 640.0, 260.0, 760.0
	px := func(x float64) float64 { return left + (x-float64(first))/float64(last-first)*plotW }
	py := func(rank int) float64 { return top + float64(rank-1)/float64(maxRank-1)*plotH }
	esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="%.0f" font-family="sans-serif" font-size="11">`+"\n",
		max(top+plotH+50, top+16*float64(len(names))+10))
	b.WriteString(`<rect width="100%" height="100%" fill="white"/>` + "\n")
	for y := first; y <= last; y += max(1, (last-first)/16) {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" text-anchor="middle">%d</text>`+"\n",
			px(float64(y)), top, px(float64(y)), top+plotH, px(float64(y)), top+plotH+16, y)
	}
	for r := 1; r <= maxRank; r++ {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" text-anchor="end">%d</text>`+"\n",
			left, py(r), left+plotW, py(r), left-6, py(r)+4, r)
	}
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">year; grade rank on its scale, 1 = best</text>`+"\n", left+plotW/2, top+plotH+36)
	colours := []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}
	for i, name := range names {
		c, ps := colours[i%len(colours)], series[name]
		slices.SortStableFunc(ps, func(a, b point) int { return cmp.Compare(a.x, b.x) })
		var coords []string
		for _, p := range ps {
			coords = append(coords, fmt.Sprintf("%.1f,%.1f", px(p.x), py(p.rank)))
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>`+"\n", px(p.x), py(p.rank), c)
		}
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"><title>%s</title></polyline>`+"\n",
			c, strings.Join(coords, " "), esc(name))
		ly := top + 16*float64(i)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="3"/><text x="%.1f" y="%.1f">%s</text>`+"\n",
			legendX, ly, legendX+20, ly, c, legendX+26, ly+4, esc(name))
	}
	b.WriteString("</svg>\n")
	return b.String()
}
