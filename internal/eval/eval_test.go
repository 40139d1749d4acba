package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// TestFloor fails when any field scores below the floor recorded in
// testdata/eval-floor.json, and when a field has risen well above its floor without
// the floor being raised in the same change.
func TestFloor(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(cases)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(corpus.Dir(), "eval-floor.json"))
	if err != nil {
		t.Fatal(err)
	}
	var floor map[string]float64
	if err := json.Unmarshal(b, &floor); err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	res.Table(&sb)
	for _, f := range append(append([]string{}, CountFields...), AccFields...) {
		min, ok := floor[f]
		if !ok {
			t.Errorf("eval-floor.json has no floor for %q", f)
			continue
		}
		got := res.F1(f)
		if got < min-1e-9 {
			t.Errorf("%s: %.3f is below its floor %.3f", f, got, min)
		}
		if got > min+0.03 {
			t.Errorf("%s: %.3f is well above its floor %.3f: raise the floor in eval-floor.json", f, got, min)
		}
	}
	if t.Failed() {
		t.Logf("verdict eval:\n%s", sb.String())
	}
}

func TestNameMatch(t *testing.T) {
	for _, tc := range []struct {
		a, b   string
		want   bool
		reason string
	}{
		{"Gerald Cooney", "Gerald Cooney", true, "equal"},
		{"Gerald Cooney", "G Cooney", true, "initial"},
		{"Cllr Bill Fairfoull", "Bill Fairfoull", true, "title dropped"},
		{"Sir Gordon Halsey CBE", "Gordon Halsey", true, "title and post-nominal dropped"},
		{"Gerald Cooney", "Geraldine Cooney", false, "different first names"},
		{"Gerald Cooney", "Cooney", false, "surname alone is not enough"},
		{"Ann Lee", "Ann Leigh", false, "different surnames"},
		{"Tamsin Lord", "Tamsin Lord", true, "a surname that is also a title is kept"},
	} {
		if got := NameMatch(tc.a, tc.b); got != tc.want {
			t.Errorf("NameMatch(%q, %q) = %v; want %v (%s)", tc.a, tc.b, got, tc.want, tc.reason)
		}
	}
}

func TestSubjectMatch(t *testing.T) {
	for _, tc := range []struct {
		a, b   string
		want   bool
		reason string
	}{
		{"Tameside", "Tameside MBC", true, "one contains the other"},
		{"Tameside Council", "Tameside's", true, "council and possessive dropped"},
		{"The Borough of Kestermoor", "Kestermoor Council", true, "stop words dropped"},
		{"Tameside", "Oldham", false, "different bodies"},
		{"Tameside", "", false, "no prediction"},
	} {
		if got := SubjectMatch(tc.a, tc.b); got != tc.want {
			t.Errorf("SubjectMatch(%q, %q) = %v; want %v (%s)", tc.a, tc.b, got, tc.want, tc.reason)
		}
	}
}

func TestRoleMatch(t *testing.T) {
	for _, tc := range []struct {
		gold, pred string
		want       bool
		reason     string
	}{
		{"council leader", "Council leader", true, "case"},
		{"deputy executive leader", "executive leader", true, "words contained"},
		{"council leader", "chief executive", false, "different roles"},
		{"", "", true, "no role either side"},
		{"", "leader", false, "a role where none is given"},
	} {
		if got := RoleMatch(tc.gold, tc.pred); got != tc.want {
			t.Errorf("RoleMatch(%q, %q) = %v; want %v (%s)", tc.gold, tc.pred, got, tc.want, tc.reason)
		}
	}
}

// TestScoring scores a made-up report against made-up gold and checks every tally.
func TestScoring(t *testing.T) {
	input := "Ofsted rated Borchester inadequate. \u201cThere are serious failures here,\u201d the report said. Drift and delay. Supported well."
	at := func(s string) text.Span {
		i := strings.Index(input, s)
		return text.Span{Start: i, End: i + len(s)}
	}
	inad, _ := rating.Lookup(rating.Ofsted, "inadequate")
	good, _ := rating.Lookup(rating.Ofsted, "good")
	ofsted := "Ofsted"
	y := 2019
	gold := &corpus.Gold{
		Inspectorate: &ofsted,
		Subject:      &corpus.GoldSubject{Name: "Borchester"},
		Judgements: []corpus.GoldJudgement{
			{Area: "overall", Grade: "inadequate", Time: "current"},
			{Area: "overall", Grade: "good", Time: "previous", Year: &y},
		},
		Dates:  corpus.GoldDates{Inspection: &corpus.GoldDate{Value: "2023-12"}},
		Quotes: []corpus.GoldQuote{{Start: "There are serious", SpeakerKind: "report", Paragraphs: 1}},
		Findings: []corpus.GoldFinding{
			{Polarity: "failure", Key: "Drift and delay", Theme: "access and timeliness"},
			{Polarity: "positive", Key: "Supported well", Theme: "care and support"},
		},
	}
	rep := &extract.Report{
		Inspectorate: &extract.InspectorateMention{Name: rating.OfstedBody, Span: at("Ofsted")},
		Subject:      &entity.Subject{Name: "Borchester Council"},
		Judgements: []rating.Judgement{
			{Area: "overall", Grade: inad, Time: rating.Current},
			{Area: "overall", Grade: good, Time: rating.Previous}, // no year: a miss
		},
		Dates:  []extract.Date{{Role: extract.InspectionDate, Value: "2023-11"}},
		Quotes: []quote.Quote{{Text: "There are serious failures here,", SpeakerKind: quote.Inspectors, Paragraphs: 1}},
		Findings: []extract.Finding{
			{Polarity: extract.Failure, Theme: "other", Span: at("Drift and delay.")},
			{Polarity: extract.Failure, Span: at("Supported well.")}, // wrong polarity
		},
	}
	r := &Result{Counts: map[string]*Count{}, Accs: map[string]*Acc{}}
	for _, f := range CountFields {
		r.Counts[f] = &Count{}
	}
	for _, f := range AccFields {
		r.Accs[f] = &Acc{}
	}
	(&scorer{r: r, name: "t", text: input, gold: gold, rep: rep}).score()
	for _, tc := range []struct {
		field string
		want  Count
	}{
		{"inspectorate", Count{1, 0, 0}},
		{"subject", Count{1, 0, 0}},
		{"overall", Count{1, 0, 0}},
		{"previous", Count{0, 1, 1}},
		{"date inspection", Count{0, 1, 1}},
		{"quotes", Count{1, 0, 0}},
		{"findings failure", Count{1, 1, 0}},
		{"findings positive", Count{0, 0, 1}},
	} {
		if got := *r.Counts[tc.field]; got != tc.want {
			t.Errorf("%s: got %+v; want %+v", tc.field, got, tc.want)
		}
	}
	if a := *r.Accs["quote speaker"]; a != (Acc{0, 1}) {
		t.Errorf("quote speaker: got %+v; want 0 of 1 (inspectors is not the report)", a)
	}
	if a := *r.Accs["finding theme"]; a != (Acc{0, 1}) {
		t.Errorf("finding theme: got %+v; want 0 of 1 (only the matched finding counts, and its theme is wrong)", a)
	}
}
