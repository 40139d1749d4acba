// Package eval scores the extractor against the hand-written gold of the corpus, field
// by field, with the matching rules documented in testdata/README.md.
package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/internal/norm"
	"github.com/verdictnlp/verdict/rating"
)

// Count is a field's tally of true positives, false positives and false negatives.
type Count struct{ TP, FP, FN int }

// P is precision; with nothing predicted it is 1 when nothing was missed either.
func (c Count) P() float64 { return ratio(c.TP, c.TP+c.FP, c.FN == 0) }

// R is recall; with nothing to find it is 1 when nothing was predicted either.
func (c Count) R() float64 { return ratio(c.TP, c.TP+c.FN, c.FP == 0) }

// F1 is the harmonic mean of P and R.
func (c Count) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int, empty bool) float64 {
	if b == 0 {
		if empty {
			return 1
		}
		return 0
	}
	return float64(a) / float64(b)
}

// Acc is an accuracy tally over matched items.
type Acc struct{ Right, Total int }

// Value is the share right; 1 over no items.
func (a Acc) Value() float64 { return ratio(a.Right, a.Total, true) }

// Fields in the order the table prints them.
var (
	CountFields = []string{"inspectorate", "subject", "subject service", "overall", "previous", "areas",
		"date inspection", "date published", "date previous_inspection", "officials", "quotes",
		"findings positive", "findings failure"}
	AccFields = []string{"official role", "quote speaker", "quote paragraphs", "finding theme"}
)

// Result is the evaluation of the whole corpus.
type Result struct {
	Counts   map[string]*Count
	Accs     map[string]*Acc
	Texts    int
	Mismatch []string // one line per disagreement, "NAME: field: what"
}

// F1 returns a count field's F1, or an accuracy field's value.
func (r *Result) F1(field string) float64 {
	if c, ok := r.Counts[field]; ok {
		return c.F1()
	}
	if a, ok := r.Accs[field]; ok {
		return a.Value()
	}
	return 0
}

// Run extracts every case that has gold and scores it.
func Run(cases []corpus.Case) (*Result, error) {
	r := &Result{Counts: map[string]*Count{}, Accs: map[string]*Acc{}}
	for _, f := range CountFields {
		r.Counts[f] = &Count{}
	}
	for _, f := range AccFields {
		r.Accs[f] = &Acc{}
	}
	for _, c := range cases {
		if c.Gold == nil {
			continue
		}
		var opts []extract.Option
		if ref, ok := c.Gold.Reference(); ok {
			opts = append(opts, extract.WithReferenceDate(ref))
		}
		ex, err := extract.New(opts...)
		if err != nil {
			return nil, err
		}
		rep, err := ex.Extract(c.Text)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", c.Name, err)
		}
		r.Texts++
		(&scorer{r: r, name: c.Name, text: c.Text, gold: c.Gold, rep: rep}).score()
	}
	return r, nil
}

type scorer struct {
	r    *Result
	name string
	text string
	gold *corpus.Gold
	rep  *extract.Report
}

func (s *scorer) miss(field, format string, args ...any) {
	s.r.Mismatch = append(s.r.Mismatch, fmt.Sprintf("%s: %s: %s", s.name, field, fmt.Sprintf(format, args...)))
}

func (s *scorer) score() {
	s.single("inspectorate", s.goldInspectorate(), s.predInspectorate(), func(a, b string) bool { return a == b })
	var gs, ps, gsv, psv string
	if s.gold.Subject != nil {
		gs = s.gold.Subject.Name
		if s.gold.Subject.Service != nil {
			gsv = *s.gold.Subject.Service
		}
	}
	if s.rep.Subject != nil {
		ps, psv = s.rep.Subject.Name, s.rep.Subject.Service
	}
	s.single("subject", gs, ps, SubjectMatch)
	s.single("subject service", gsv, psv, func(a, b string) bool { return looseEqual(a, b) })
	s.judgements()
	s.dates()
	s.officials()
	s.quotes()
	s.findings()
}

func (s *scorer) goldInspectorate() string {
	if s.gold.Inspectorate == nil {
		return ""
	}
	return *s.gold.Inspectorate
}

func (s *scorer) predInspectorate() string {
	if s.rep.Inspectorate == nil {
		return ""
	}
	return s.rep.Inspectorate.Name.String()
}

// single scores a field that has at most one value per text; "" is no value.
func (s *scorer) single(field, gold, pred string, eq func(a, b string) bool) {
	c := s.r.Counts[field]
	switch {
	case gold == "" && pred == "":
	case gold != "" && pred != "" && eq(gold, pred):
		c.TP++
	default:
		if pred != "" {
			c.FP++
		}
		if gold != "" {
			c.FN++
		}
		s.miss(field, "got %q, want %q", pred, gold)
	}
}

// match pairs gold items with predicted ones one to one, greedily in order, and
// counts the pairs, the unmatched predictions and the unmatched gold items.
func match[G, P any](c *Count, gold []G, pred []P, eq func(G, P) bool, onMiss func(g *G, p *P)) [][2]int {
	used := make([]bool, len(pred))
	var pairs [][2]int
	for gi := range gold {
		found := false
		for pi := range pred {
			if !used[pi] && eq(gold[gi], pred[pi]) {
				used[pi], found = true, true
				pairs = append(pairs, [2]int{gi, pi})
				c.TP++
				break
			}
		}
		if !found {
			c.FN++
			onMiss(&gold[gi], nil)
		}
	}
	for pi := range pred {
		if !used[pi] {
			c.FP++
			onMiss(nil, &pred[pi])
		}
	}
	return pairs
}

func (s *scorer) judgements() {
	multi := false
	for _, g := range s.gold.Judgements {
		multi = multi || g.Subject != ""
	}
	eq := func(g corpus.GoldJudgement, p rating.Judgement) bool {
		if g.Area != p.Area || g.Grade != p.Grade.String() || g.Time != p.Time.String() {
			return false
		}
		if g.Time == "previous" && g.Year != nil && (p.Year == nil || *p.Year != *g.Year) {
			return false
		}
		return !multi || g.Subject == "" || SubjectMatch(g.Subject, p.Subject)
	}
	for _, field := range []string{"overall", "previous", "areas"} {
		in := func(area, time string) bool {
			switch field {
			case "overall":
				return area == rating.Overall && time == "current"
			case "previous":
				return time == "previous"
			}
			return area != rating.Overall && time == "current"
		}
		var gold []corpus.GoldJudgement
		for _, g := range s.gold.Judgements {
			if in(g.Area, g.Time) {
				gold = append(gold, g)
			}
		}
		var pred []rating.Judgement
		for _, p := range s.rep.Judgements {
			if in(p.Area, p.Time.String()) {
				pred = append(pred, p)
			}
		}
		match(s.r.Counts[field], gold, pred, eq, func(g *corpus.GoldJudgement, p *rating.Judgement) {
			if g != nil {
				y := ""
				if g.Year != nil {
					y = fmt.Sprint(" ", *g.Year)
				}
				s.miss(field, "missed %s %s%s %s", g.Area, g.Grade, y, g.Subject)
			} else {
				y := ""
				if p.Year != nil {
					y = fmt.Sprint(" ", *p.Year)
				}
				s.miss(field, "extra %s %s%s %s (%q)", p.Area, p.Grade, y, p.Subject, p.Text)
			}
		})
	}
}

func (s *scorer) dates() {
	roles := []struct {
		field string
		role  extract.DateRole
		gold  *corpus.GoldDate
	}{
		{"date inspection", extract.InspectionDate, s.gold.Dates.Inspection},
		{"date published", extract.PublishedDate, s.gold.Dates.Published},
		{"date previous_inspection", extract.PreviousInspectionDate, s.gold.Dates.PreviousInspection},
	}
	for _, r := range roles {
		var gold, pred string
		if r.gold != nil {
			gold = r.gold.Value
			if r.gold.End != "" {
				gold += "/" + r.gold.End
			}
		}
		for _, d := range s.rep.Dates {
			if d.Role == r.role {
				pred = d.Value
				if r.gold != nil && r.gold.End != "" && d.End != nil {
					pred += "/" + *d.End
				}
				break
			}
		}
		s.single(r.field, gold, pred, func(a, b string) bool { return a == b })
	}
}

func (s *scorer) officials() {
	pairs := match(s.r.Counts["officials"], s.gold.Officials, s.rep.Officials,
		func(g corpus.GoldOfficial, p entityOfficial) bool { return NameMatch(g.Name, p.Name) },
		func(g *corpus.GoldOfficial, p *entityOfficial) {
			if g != nil {
				s.miss("officials", "missed %s", g.Name)
			} else {
				s.miss("officials", "extra %s (%s)", p.Name, p.Role)
			}
		})
	acc := s.r.Accs["official role"]
	for _, pr := range pairs {
		g, p := s.gold.Officials[pr[0]], s.rep.Officials[pr[1]]
		want := ""
		if g.Role != nil {
			want = *g.Role
		}
		acc.Total++
		if RoleMatch(want, p.Role) {
			acc.Right++
		} else {
			s.miss("official role", "%s: got %q, want %q", g.Name, p.Role, want)
		}
	}
}

func (s *scorer) quotes() {
	pairs := match(s.r.Counts["quotes"], s.gold.Quotes, s.rep.Quotes,
		func(g corpus.GoldQuote, p quoteQuote) bool {
			return strings.HasPrefix(foldQuote(p.Text), foldQuote(g.Start))
		},
		func(g *corpus.GoldQuote, p *quoteQuote) {
			if g != nil {
				s.miss("quotes", "missed %q", g.Start)
			} else {
				s.miss("quotes", "extra %.60q", p.Text)
			}
		})
	spk, par := s.r.Accs["quote speaker"], s.r.Accs["quote paragraphs"]
	for _, pr := range pairs {
		g, p := s.gold.Quotes[pr[0]], s.rep.Quotes[pr[1]]
		spk.Total++
		ok := g.SpeakerKind == p.SpeakerKind.String()
		switch g.SpeakerKind {
		case "person":
			ok = ok && NameMatch(g.Speaker, p.Speaker)
		}
		if ok {
			spk.Right++
		} else {
			s.miss("quote speaker", "%q: got %s %q, want %s %q", g.Start, p.SpeakerKind, p.Speaker, g.SpeakerKind, g.Speaker)
		}
		par.Total++
		if g.Paragraphs == p.Paragraphs {
			par.Right++
		} else {
			s.miss("quote paragraphs", "%q: got %d, want %d", g.Start, p.Paragraphs, g.Paragraphs)
		}
	}
}

func (s *scorer) findings() {
	for _, pol := range []extract.Polarity{extract.Positive, extract.Failure} {
		field := "findings " + pol.String()
		c := s.r.Counts[field]
		type occ struct{ start, end int }
		var keys [][]occ
		for _, g := range s.gold.Findings {
			if g.Polarity != pol.String() {
				continue
			}
			var os []occ
			for off := 0; ; {
				i := strings.Index(s.text[off:], g.Key)
				if i < 0 || g.Key == "" {
					break
				}
				os = append(os, occ{off + i, off + i + len(g.Key)})
				off += i + 1
			}
			keys = append(keys, os)
		}
		var preds []extract.Finding
		for _, f := range s.rep.Findings {
			if f.Polarity == pol {
				preds = append(preds, f)
			}
		}
		overlaps := func(p extract.Finding, os []occ) bool {
			for _, o := range os {
				if p.Span.Start < o.end && o.start < p.Span.End {
					return true
				}
			}
			return false
		}
		gi := 0
		for _, g := range s.gold.Findings {
			if g.Polarity != pol.String() {
				continue
			}
			if k := slices.IndexFunc(preds, func(p extract.Finding) bool { return overlaps(p, keys[gi]) }); k >= 0 {
				c.TP++
				s.theme(g, preds[k])
			} else {
				c.FN++
				s.miss(field, "missed %q", g.Key)
			}
			gi++
		}
		for _, p := range preds {
			if !slices.ContainsFunc(keys, func(os []occ) bool { return overlaps(p, os) }) {
				c.FP++
				s.miss(field, "extra %.80q", p.Text)
			}
		}
	}
}

// theme scores the theme of predicted finding p, matched to gold finding g, when the
// gold gives one.
func (s *scorer) theme(g corpus.GoldFinding, p extract.Finding) {
	if g.Theme == "" {
		return
	}
	a := s.r.Accs["finding theme"]
	a.Total++
	if p.Theme == g.Theme {
		a.Right++
	} else {
		s.miss("finding theme", "%q: got %q, want %q", g.Key, p.Theme, g.Theme)
	}
}

// foldQuote folds quote marks and apostrophes and collapses white space, for matching
// a quote's text against the gold's first words.
func foldQuote(s string) string {
	s = norm.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '"' || r == '\'':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Table writes the per-field table in Markdown.
func (r *Result) Table(w io.Writer) {
	fmt.Fprintf(w, "| field | precision | recall | F1 | gold |\n|---|---:|---:|---:|---:|\n")
	for _, f := range CountFields {
		c := r.Counts[f]
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %d |\n", f, c.P(), c.R(), c.F1(), c.TP+c.FN)
	}
	fmt.Fprintf(w, "\n| field | accuracy | matched |\n|---|---:|---:|\n")
	for _, f := range AccFields {
		a := r.Accs[f]
		fmt.Fprintf(w, "| %s | %.3f | %d |\n", f, a.Value(), a.Total)
	}
	fmt.Fprintf(w, "\n%d texts.\n", r.Texts)
}
