package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/rating"
)

// point is one grade of one subject at a time (a year, with months as fractions).
type point struct {
	x     float64
	grade rating.Grade
}

// line is one subject's grades on one scale, in time order.
type line struct {
	subject string
	points  []point
}

// undated is a subject's grade that has no year to place it at.
type undated struct {
	subject string
	grade   rating.Grade
}

var layouts = map[extract.Precision]string{extract.Day: time.DateOnly, extract.Month: "2006-01", extract.Year: "2006"}

// series groups the rows' grades into a line per scale and subject, and lists the
// grades that have no year.
func series(rows []row) (map[rating.Scale][]line, []undated) {
	lines := map[rating.Scale][]line{}
	var loose []undated
	add := func(subject string, p point) {
		ls := lines[p.grade.Scale()]
		i := slices.IndexFunc(ls, func(l line) bool { return l.subject == subject })
		if i < 0 {
			ls, i = append(ls, line{subject: subject}), len(ls)
		}
		ls[i].points = append(ls[i].points, p)
		lines[p.grade.Scale()] = ls
	}
	for _, r := range rows { // sorted by subject, then date
		if r.previous.Rank() > 0 && r.prevYear > 0 {
			add(r.subject, point{float64(r.prevYear), r.previous})
		}
		if r.current.Rank() == 0 {
			continue
		}
		// A date of unknown year ("--10") does not parse: the grade is listed instead.
		if t, err := time.Parse(layouts[r.date.Precision], r.date.Value); err == nil {
			add(r.subject, point{float64(t.Year()) + float64(t.Month()-1)/12, r.current})
		} else {
			loose = append(loose, undated{r.subject, r.current})
		}
	}
	for _, ls := range lines {
		for _, l := range ls {
			slices.SortStableFunc(l.points, func(a, b point) int { return cmp.Compare(a.x, b.x) })
		}
	}
	return lines, loose
}

// geometry places the panels: the plot's left edge and width, the year range, and
// the scale of each panel with its top.
type geometry struct {
	left, width, labelX float64
	first, last         int
	scales              []rating.Scale
	tops, steps         []float64 // per panel: its top, and the height between grades
	height              float64
}

const (
	titleH   = 40.0 // the title's band
	rowH     = 22.0 // one grade's band in a panel
	panelGap = 46.0 // between panels: the panel's name and the year axis
)

func layout(lines map[rating.Scale][]line) geometry {
	g := geometry{left: 290, width: 470, labelX: 790}
	minX, maxX := math.Inf(1), math.Inf(-1)
	for s, ls := range lines {
		g.scales = append(g.scales, s)
		for _, l := range ls {
			for _, p := range l.points {
				minX, maxX = min(minX, p.x), max(maxX, p.x)
			}
		}
	}
	slices.Sort(g.scales)
	g.first, g.last = int(math.Floor(minX)), int(math.Ceil(maxX))
	if len(g.scales) == 0 {
		g.first, g.last = 2020, 2025
	}
	g.last = max(g.last, g.first+1)
	y := titleH
	for _, s := range g.scales {
		y += 24 // the panel's name
		g.tops = append(g.tops, y)
		n := max(len(s.Grades()), 2)
		// A panel is tall enough for its grades and for a label per line, its grades
		// spread over it.
		h := max(rowH*float64(n-1), labelSpacing*float64(len(lines[s])))
		g.steps = append(g.steps, h/float64(n-1))
		y += h + panelGap
	}
	g.height = y
	return g
}

func (g geometry) px(x float64) float64 {
	return g.left + (x-float64(g.first))/float64(g.last-g.first)*g.width
}

// py is the height of grade rank r in panel i.
func (g geometry) py(i, rank int) float64 {
	return g.tops[i] + float64(rank-1)*g.steps[i]
}

var esc = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace

// chart draws the rows' overall grades over time as SVG.
func chart(rows []row) string {
	lines, loose := series(rows)
	g := layout(lines)
	var b strings.Builder
	height := g.height + 20 + 16*float64(len(loose))
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="%.0f" font-family="sans-serif" font-size="11">`+"\n", height)
	b.WriteString(`<rect width="100%" height="100%" fill="white"/>` + "\n")
	fmt.Fprintf(&b, `<text x="20" y="26" font-size="16" font-weight="bold">Overall grades over time, one panel per grading scale</text>`+"\n")
	for i, s := range g.scales {
		panel(&b, g, i, lines[s])
	}
	undatedList(&b, g.height, loose)
	b.WriteString("</svg>\n")
	return b.String()
}

// panel draws one scale's grid, its grade names and its lines, each labelled with
// its subject at its last point.
func panel(b *strings.Builder, g geometry, i int, ls []line) {
	s, top := g.scales[i], g.tops[i]
	grades := s.Grades()
	bottom := g.py(i, len(grades))
	fmt.Fprintf(b, `<text x="20" y="%.1f" font-size="13" font-weight="bold">%s</text>`+"\n", top-12, esc(scaleTitle(s)))
	for y := g.first; y <= g.last; y += (g.last - g.first + 7) / 8 { // at most nine years named
		x := g.px(float64(y))
		fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" text-anchor="middle" fill="#555">%d</text>`+"\n",
			x, top, x, bottom, x, bottom+16, y)
	}
	for _, gr := range grades {
		y := g.py(i, gr.Rank())
		fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" text-anchor="end">%s</text>`+"\n",
			g.left, y, g.left+g.width, y, g.left-8, y+4, esc(gr.String()))
	}
	ls = sortedByEnd(ls)
	labels := labelHeights(g, i, ls)
	for k, l := range ls {
		var coords []string
		for _, p := range l.points {
			x, y := g.px(p.x), g.py(i, p.grade.Rank())
			coords = append(coords, fmt.Sprintf("%.1f,%.1f", x, y))
			fmt.Fprintf(b, `<circle cx="%.1f" cy="%.1f" r="3" fill="#246"/>`+"\n", x, y)
		}
		fmt.Fprintf(b, `<polyline fill="none" stroke="#246" stroke-opacity="0.6" stroke-width="1.5" points="%s"/>`+"\n", strings.Join(coords, " "))
		end := l.points[len(l.points)-1]
		ex, ey := g.px(end.x), g.py(i, end.grade.Rank())
		fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#aaa" stroke-dasharray="2,2"/><text x="%.1f" y="%.1f">%s</text>`+"\n",
			ex+4, ey, g.labelX-4, labels[k]-4, g.labelX, labels[k], esc(l.subject))
	}
}

// labelSpacing is the height of one label in the column beside a panel.
const labelSpacing = 13.0

// labelHeights places the labels of panel i's lines down the column beside it: each
// as near its line's end as the labels above it let it be, then pushed back up where
// the last would fall below the panel.
func labelHeights(g geometry, i int, ls []line) []float64 {
	ys := make([]float64, len(ls))
	for k, l := range ls {
		ys[k] = g.py(i, l.points[len(l.points)-1].grade.Rank()) + 4
		if k > 0 {
			ys[k] = max(ys[k], ys[k-1]+labelSpacing)
		}
	}
	bottom := g.py(i, len(g.scales[i].Grades())) + 4
	for k := len(ys) - 1; k >= 0; k-- {
		limit := bottom
		if k < len(ys)-1 {
			limit = ys[k+1] - labelSpacing
		}
		ys[k] = min(ys[k], limit)
	}
	return ys
}

// sortedByEnd orders lines by the grade at their end, then by name, so that labels
// stacked down the column cross as few lines as they can.
func sortedByEnd(ls []line) []line {
	out := slices.Clone(ls)
	slices.SortStableFunc(out, func(a, b line) int {
		ea, eb := a.points[len(a.points)-1], b.points[len(b.points)-1]
		return cmp.Or(cmp.Compare(ea.grade.Rank(), eb.grade.Rank()), cmp.Compare(a.subject, b.subject))
	})
	return out
}

// scaleTitles name the scales for people; others show their identifier.
var scaleTitles = map[rating.Scale]string{
	rating.Ofsted: "Ofsted", rating.OfstedReportCard: "Ofsted report card", rating.CQC: "CQC",
	rating.PEEL: "HMICFRS PEEL", rating.HMIPrisons: "HM Inspectorate of Prisons",
	rating.HMIProbation: "HM Inspectorate of Probation", rating.CareInspectorate: "Care Inspectorate",
	rating.EducationScotland: "Education Scotland", rating.CIW: "Care Inspectorate Wales",
	rating.Estyn: "Estyn", rating.ISI: "ISI", rating.Category: "Ofsted category",
}

func scaleTitle(s rating.Scale) string {
	return cmp.Or(scaleTitles[s], s.String()) + " grades"
}

// undatedList lists, below the chart, the subjects whose grades have no year.
func undatedList(b *strings.Builder, top float64, loose []undated) {
	if len(loose) == 0 {
		return
	}
	fmt.Fprintf(b, `<text x="20" y="%.1f" font-weight="bold">Graded, but with no year to place them at:</text>`+"\n", top)
	for i, u := range loose {
		fmt.Fprintf(b, `<text x="30" y="%.1f">%s: %s (%s)</text>`+"\n", top+16*float64(i+1), esc(u.subject), esc(u.grade.String()), esc(scaleTitle(u.grade.Scale())))
	}
}
