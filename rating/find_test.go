package rating_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// judgements renders what Find gives for in as "time area grade [year]" lines.
func judgements(in string) []string {
	doc := text.Parse(in)
	ms := rating.Inspectorates(doc)
	main := rating.NoInspectorate
	if len(ms) > 0 {
		main = ms[0].Inspectorate
	}
	var out []string
	for _, f := range rating.Find(doc, ms, main) {
		s := fmt.Sprintf("%s %s %s", f.Time, f.Area, f.Grade)
		if f.Year != nil {
			s += fmt.Sprint(" ", *f.Year)
		}
		out = append(out, s)
	}
	return out
}

// Each case is a sentence written for this test (not taken from the corpus), with the
// judgements it gives and the reason the rule exists.
func TestFind(t *testing.T) {
	for _, tc := range []struct {
		name, reason, in string
		want             []string
	}{
		{"rated", "the plain verb", "Ofsted has rated Borchester's children's services inadequate.",
			[]string{"current overall inadequate"}},
		{"quoted with mixed marks", "coverage mixes straight and curly marks",
			"Ofsted said the school was \u2018require improvement'.", []string{"current overall requires improvement"}},
		{"requires improvement to be good", "the ILACS and SIF form",
			"Ofsted judged the council's services to \u201crequire improvement to be good\u201d.", []string{"current overall requires improvement"}},
		{"RI", "the abbreviation in capitals", "Ofsted graded the academy RI in its latest report.",
			[]string{"current overall requires improvement"}},
		{"branded failing", "'failing' is inadequate in a rating context", "The school was branded failing by Ofsted.",
			[]string{"current overall inadequate"}},
		{"failing to", "'failing to' is a finding, not a grade", "Ofsted said the council was failing to protect children.",
			nil},
		{"adjective", "a grade word before a noun is an adjective", "Ofsted saw good practice and outstanding teamwork.",
			nil},
		{"previously rated", "a previous grade with its year", "In 2024 Ofsted rated the school good. It was previously rated outstanding in 2015.",
			[]string{"current overall good", "previous overall outstanding 2015"}},
		{"from X to Y", "the earlier grade of a change", "Ofsted downgraded the nursery from good to inadequate.",
			[]string{"previous overall good", "current overall inadequate"}},
		{"up from", "a comparison names the earlier grade", "Ofsted rated the council good, up from requires improvement.",
			[]string{"current overall good", "previous overall requires improvement"}},
		{"last inspection", "a grade at the last inspection is previous", "The CQC rated the home good at its last inspection.",
			[]string{"previous overall good"}},
		{"hypothetical", "a grade that could be given is not given", "Ofsted warned the school could be rated inadequate.",
			nil},
		{"at risk", "a risk is not a judgement", "The trust is at risk of being rated inadequate by the CQC.",
			nil},
		{"no longer", "a negation is not a current grade", "The council is no longer inadequate, Ofsted said.",
			nil},
		{"statistics", "national figures are not judgements", "Ofsted said 88% of schools are good or outstanding.",
			nil},
		{"scale list", "a scale's grades listed are not judgements", "CQC ratings are outstanding, good, requires improvement and inadequate.",
			nil},
		{"areas before", "a coordinated list of areas before the grade", "The CQC said safe and well-led were both rated inadequate.",
			[]string{"current safe inadequate", "current well-led inadequate"}},
		{"areas after", "a list after 'in … categories:'", "Ofsted judged the council inadequate in two categories: help and protection; and care leavers.",
			[]string{"current help and protection inadequate", "current care leavers inadequate"}},
		{"good for", "areas after 'for'", "The CQC rated the trust good for caring and requires improvement for safe.",
			[]string{"current caring good", "current safe requires improvement"}},
		{"table row", "a flattened report table", "Ofsted report\nOverall effectiveness Inadequate\nThe quality of education Requires improvement",
			[]string{"current overall inadequate", "current quality of education requires improvement"}},
		{"table row with a question", "CQC's report tables ask the key question", "CQC report\nAre services safe? Inadequate",
			[]string{"current safe inadequate"}},
		{"special measures", "a category, which only an inadequate school is put in", "Ofsted placed the academy in special measures.",
			[]string{"current category special measures", "current overall inadequate"}},
		{"out of special measures", "leaving a category makes it previous", "Ofsted has taken the academy out of special measures.",
			[]string{"previous category special measures", "previous overall inadequate"}},
		{"Engage", "HMICFRS's monitoring is a proper noun", "HMICFRS moved the force into Engage. Officers will engage with residents.",
			[]string{"current category engage"}},
		{"prisons scale", "a healthy prison test grade", "HM Inspectorate of Prisons rated safety as not sufficiently good.",
			[]string{"current safety not sufficiently good"}},
		{"no overall on the prisons scale", "a prisons grade with no test named is not an overall", "HM Inspectorate of Prisons rated the jail poor.",
			nil},
		{"grade not on the scale", "'poor' is no Ofsted grade", "Ofsted rated the school poor.",
			nil},
		{"for good", "the idiom", "Ofsted said the old labels should go for good.",
			nil},
		{"than good", "the idiom", "The inspection did more harm than good, Ofsted critics said.",
			nil},
		{"Scottish scale", "the Care Inspectorate's six points", "The Care Inspectorate graded the home weak for leadership.",
			[]string{"current leadership weak"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := judgements(tc.in)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s (%s):\nFind(%q)\n got %q\nwant %q", tc.name, tc.reason, tc.in, got, tc.want)
			}
		})
	}
}

func TestGrades(t *testing.T) {
	g, ok := rating.Lookup(rating.PEEL, "adequate")
	if !ok || g.Rank() != 3 || g.Scale() != rating.PEEL || g.String() != "adequate" {
		t.Errorf("Lookup(PEEL, adequate) = %v %d %v, %v", g, g.Rank(), g.Scale(), ok)
	}
	out, _ := rating.Lookup(rating.Ofsted, "outstanding")
	inad, _ := rating.Lookup(rating.Ofsted, "inadequate")
	if !out.Better(inad) || inad.Better(out) {
		t.Errorf("outstanding should rank above inadequate")
	}
	if _, ok := rating.Lookup(rating.Ofsted, "poor"); ok {
		t.Errorf("poor is not an Ofsted grade")
	}
	if b, _ := rating.CQC.MarshalText(); string(b) != "cqc" {
		t.Errorf("CQC marshals as %q", b)
	}
	for _, s := range []rating.Scale{rating.Ofsted, rating.OfstedReportCard, rating.CQC, rating.PEEL, rating.HMIPrisons, rating.HMIProbation, rating.CareInspectorate, rating.EducationScotland, rating.CIW, rating.Estyn, rating.ISI, rating.Category} {
		var back rating.Scale
		b, _ := s.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != s || len(s.Grades()) == 0 {
			t.Errorf("scale %v does not round-trip or has no grades", s)
		}
	}
}
