package extract

import (
	"maps"
	"slices"
	"testing"

	"github.com/verdictnlp/verdict/rating"
)

// TestReportedInspectorate checks that the inspectorate is reported when the text
// reports an inspection, with or without a grade, always at a place the text names it,
// and never when the text does not name it or only names it in passing.
func TestReportedInspectorate(t *testing.T) {
	tests := []struct {
		name, in string
		want     rating.Inspectorate // NoInspectorate: the report has none
		at       string              // the text at the span
	}{
		{"no grade, report named", "Harrowgate Constabulary must do more for victims of stalking, HM Inspectorate of Constabulary has said in a new report.\n\nThe force said it would act.", rating.HMICFRSBody, "HM Inspectorate of Constabulary"},
		{"no grade, visit", "Tollbridge Day Nursery was visited by Ofsted inspectors on 3 May.\n\nThe manager was pleased.", rating.OfstedBody, "Ofsted"},
		{"never named", "Larkspur Lodge\n\nOverall: Good\n\nAbout the service\n\nLarkspur Lodge is a care home for 30 older people.", rating.NoInspectorate, ""},
		{"named in passing", "Prison Officer at HMP Quarrington\n\nLike every prison, Quarrington is inspected by HM Inspectorate of Prisons, which checks that prisons are safe.", rating.NoInspectorate, ""},
		{"national statistics", "Ofsted's annual report found that 72% of nurseries were judged good or better.", rating.NoInspectorate, ""},
		{"name and abbreviation count once", "The letter from the Care Quality Commission (CQC), HM Inspectorate of Constabulary and Ofsted was published. Ofsted led the joint inspection of Brackwater.", rating.OfstedBody, "Ofsted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Extract(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == rating.NoInspectorate {
				if r.Inspectorate != nil {
					t.Fatalf("inspectorate %v at %v, want none", r.Inspectorate.Name, r.Inspectorate.Span)
				}
				return
			}
			if r.Inspectorate == nil {
				t.Fatalf("no inspectorate, want %v", tt.want)
			}
			if got := r.Inspectorate.Span.Of(tt.in); r.Inspectorate.Name != tt.want || got != tt.at {
				t.Errorf("inspectorate %v at %q, want %v at %q", r.Inspectorate.Name, got, tt.want, tt.at)
			}
		})
	}
}

// TestSubjectWithoutGrade checks that a text reporting an inspection with no grade read
// still has a subject: the first body it names by a head noun, by its fullest name.
func TestSubjectWithoutGrade(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"force", "Harrowgate Constabulary must do more for victims of stalking, HM Inspectorate of Constabulary has said in a new report.", "Harrowgate Constabulary"},
		{"fire service", "HM Inspectorate of Constabulary and Fire and Rescue Services has published its report on Wendover Fire and Rescue Service.", "Wendover Fire and Rescue Service"},
		{"trust over its hospital", "Inspectors from the CQC found long waits at Marlow Vale Hospital.\n\nMarlow Vale Hospital is run by Marlow Vale Hospitals NHS Foundation Trust.", "Marlow Vale Hospitals NHS Foundation Trust"},
		{"a trust named by a noun first", "A hospital trust in the north has been rated 'good' by the CQC. Greystone General and Aldermoor Community Hospital are both run by North Wolds Hospitals NHS Trust.", "North Wolds Hospitals NHS Trust"},
		{"a determiner is no place", "Our maternity services will improve, the trust said.\n\nThe inspection report by the CQC on Fenbury General Hospital found delays.", "Fenbury General Hospital"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Extract(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if r.Subject == nil {
				t.Fatalf("no subject, want %q", tt.want)
			}
			if r.Subject.Name != tt.want || r.Subject.Span.Of(tt.in) != tt.want {
				t.Errorf("subject %q at %q, want %q", r.Subject.Name, r.Subject.Span.Of(tt.in), tt.want)
			}
		})
	}
}

// TestChange checks that a current judgement says how it changed from the previous one
// of its scale and area, and says nothing when there is none to compare with.
func TestChange(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]rating.Change // "area grade" of each current judgement
	}{
		{"improved", "In March 2024 Ofsted rated Brackwater Council's children's services good. They were rated inadequate in 2019.",
			map[string]rating.Change{"overall good": rating.Improved}},
		{"declined", "Inspectors moved Fernlea Academy down from an Ofsted overall 'outstanding' to 'good'.",
			map[string]rating.Change{"overall good": rating.Declined}},
		{"unchanged", "Ofsted has again rated Wickham Vale College as requiring improvement.",
			map[string]rating.Change{"overall requires improvement": rating.Unchanged}},
		{"no previous", "Ofsted has rated Wickham Vale College good.",
			map[string]rating.Change{"overall good": rating.NoChange}},
		{"another area", "In May 2024 the CQC rated Marlow Vale Hospital good overall. Safety was rated inadequate in 2020.",
			map[string]rating.Change{"overall good": rating.NoChange}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Extract(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]rating.Change{}
			for _, j := range r.Judgements {
				if j.Time == rating.Current {
					got[j.Area+" "+j.Grade.String()] = j.Change
				}
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("changes %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOneOverall checks that a subject keeps one current overall grade when the text
// names the overall judgement, and that grades agreeing with it stay.
func TestOneOverall(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // the current overall grades
	}{
		{"named overall wins", "Marlow Vale trust's maternity unit improves to 'good'\n\nThe CQC said the trust's overall rating was inadequate.",
			[]string{"inadequate"}},
		{"no named overall", "Wickham Vale College rated 'good'\n\nOfsted has rated Wickham Vale College good.",
			[]string{"good"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Extract(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, j := range r.Judgements {
				if j.Time == rating.Current && j.Area == rating.Overall {
					got = append(got, j.Grade.String())
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("current overall grades %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReportPageSubject checks that a report page naming neither a grade nor its
// inspectorate still has its subject, and that a job advert does not.
func TestReportPageSubject(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"report on", "A report on\n\nTollbridge Primary School Mill Lane\n\nDate of inspection: May 2017\n\nA report on Tollbridge Primary School May 2017", "Tollbridge Primary School"},
		{"job advert", "Prison Officer - HMP Quarrington\n\nSalary: 30,000\n\nQuarrington is a busy prison.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Extract(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if r.Subject != nil {
				got = r.Subject.Name
			}
			if got != tt.want {
				t.Errorf("subject %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDatedPrevious checks that an earlier inspection dated but graded nowhere is a
// previous overall judgement with no grade and its year, at the date, and that none is
// added when the text gives a previous grade or no previous inspection.
func TestDatedPrevious(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // "" for no gradeless judgement, else the text at its span
		year     int
	}{
		{"dated, not graded", "Ofsted has rated Pinecroft Nursery inadequate. Inspectors said standards had fallen since the last inspection in 2017.", "2017", 2017},
		{"a previous grade given", "Ofsted has rated Pinecroft Nursery inadequate. At its last inspection in 2017 it was rated good.", "", 0},
		{"no earlier inspection", "Ofsted has rated Pinecroft Nursery inadequate after a visit in May 2024.", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Extract(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			var got []rating.Judgement
			for _, j := range r.Judgements {
				if j.Grade.IsZero() {
					got = append(got, j)
				}
			}
			if tt.want == "" {
				if len(got) > 0 {
					t.Fatalf("gradeless judgements %+v, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("gradeless judgements %+v, want one", got)
			}
			j := got[0]
			if j.Area != rating.Overall || j.Time != rating.Previous || j.Year == nil || *j.Year != tt.year || j.Span.Of(tt.in) != tt.want || j.Text != tt.want {
				t.Errorf("got %+v, want previous overall %d at %q", j, tt.year, tt.want)
			}
		})
	}
}
