package extract_test

import (
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/extract"
)

// TestSpeakers checks who each quote is given to, one case per rule, in texts written
// for this test.
func TestSpeakers(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, reason, in, speaker, kind string
	}{
		{"lay noun", "an unnamed speaker is given by the bare noun that describes them",
			"Ofsted rated Hollins Lea Care Home inadequate.\n\nOne grandparent told inspectors: \"We never know which carer will come today.\"",
			"grandparent", "unknown"},
		{"indefinite lay noun", "'a resident said' gives 'resident'",
			"The CQC rated Moor End House good.\n\nA resident said, \"The food here has got much better this year.\"",
			"resident", "unknown"},
		{"report subject", "a partial quote in a sentence whose subject is the report",
			"The report of the spring visit also faulted the school's maths teaching, saying pupils had \"fallen well behind where they should be\".",
			"", "report"},
		{"inspectorate subject", "a sentence opened by the inspectorate with no speech verb",
			"Estyn singled out Ty Gwyn Primary for its \"strong sense of belonging across every class\".",
			"Estyn", "inspectorate"},
		{"inspectors adding", "', adding' after a clause the inspectors head",
			"Inspectors described the wards as \"cramped\", adding that nurses were \"rushing between far too many patients\".",
			"", "inspectors"},
		{"person subject", "a named person who is the subject of a sentence with a partial quote",
			"In a letter, chair of governors Ilse Marwood reassured parents that \"every child will be safe and happy here\".",
			"Ilse Marwood", "person"},
		{"report, not a lay noun", "'a report published last week said' is the report",
			"Ofsted rated Brenlow Council good.\n\nA report issued on Monday said \"families have waited far too long for help\".",
			"", "report"},
		{"report's paragraph", "a quote paragraph after a paragraph that opens with the report",
			"The report goes on to note that governors met rarely.\n\n\"Governors have not checked the school's spending for two years.\"",
			"", "report"},
		{"inspector's paragraph", "a quote paragraph after a paragraph that opens with the inspector",
			"The inspector noted that medicines were stored badly.\n\n\"Several boxes of tablets were left in an unlocked cupboard.\"",
			"", "inspectors"},
		{"no one in the phrase", "a speaker phrase that names no one gives way to the sentence's subject",
			"A report issued today, online said \"the speed of change across the service has slowed\".",
			"", "report"},
		{"aside before saying", "'The report of …, which came out …, faulted …, saying \"…\"' is the report's",
			"The report of the spring visit, which came out on Tuesday, also faulted the school, saying older pupils were \"poorly prepared for secondary school\".",
			"", "report"},
		{"the inspection found", "'The inspection, held over three days in May, found \"…\"' is the inspectors'",
			"The inspection, held over three days in May, found that weak planning left \"children waiting months for the right support\" across the county.",
			"", "inspectors"},
		{"relative clause with its own verb", "'young carers, who inspectors said were \"…\"' is the inspectors'",
			"The service won praise for its young carers, who inspectors said were \"listened to and helped by staff they trust\".",
			"", "inspectors"},
		{"surname chain", "a surname alone names the person named in full before; a pronoun after it finds them",
			"Priya Venn has led Harbury College as interim principal since the spring. Her deputy, Tomas Reid, leaves in June.\n\nVenn said the team needed more time.\n\n\"We were not expecting the inspectors quite so soon,\" she told the Gazette.",
			"Priya Venn", "person"},
		{"given name alone", "a given name alone names the one person of the text who has it",
			"Helen Okafor's father has lived at the home for two years. Helen said staff had shown \"no respect for his dignity or his privacy\".",
			"Helen Okafor", "person"},
		{"person's report", "'Ash's report states' gives the quote to the report",
			"\"Many families wait months for a first assessment of their needs,\" Marwood's report states. Inspector Ilse Marwood led the visit.",
			"", "report"},
		{"they as the sentence's subject", "'They singled out …' after a sentence about inspectors is theirs",
			"Inspectors visited Fenwold Primary in May.\n\nInspectors liked the library. They singled out its \"calm and purposeful start to every single day\".",
			"", "inspectors"},
		{"remarks from", "'remarks from X that \"…\"' names the speaker, not the speech verb of the next clause",
			"Responding to remarks from opposition leader Cllr Ysolde Marr that the budget \"cannot possibly cover the extra social workers\", Cllr Tobin Hale said it would.",
			"Ysolde Marr", "person"},
		{"misspelt name", "a given name with one letter dropped is the person of that name",
			"Nursery manager Rosalind Achebe said she was proud.\n\nRosalin added: \"Every child here is known and loved by the whole team.\"",
			"Rosalind Achebe", "person"},
		{"bare spokesman", "'A spokesman said' speaks for the body named last before it",
			"Inspectors visited Hawthorn Lodge in May and the Care Inspectorate has now asked for changes.\n\nA spokesman said: \"We expect to see real progress at the home within weeks.\"",
			"Care Inspectorate", "inspectorate"},
		{"post holder last", "'says principal' at the end of a headline gives the bare post",
			"'We were inspected a whole year too early', says principal as college keeps its grade",
			"principal", "unknown"},
		{"passive colon lead-in", "'the home was advised to:' is spoken to, not speaking: in an inspection's narration, the report",
			"Ofsted inspected Linden Row Nursery in June. On safeguarding the nursery was advised to: \"Make sure every member of staff knows how to report a concern.\"",
			"", "report"},
		{"said before according to", "'another said …, according to the report': the one who said it, not the report",
			"Inspectors saw an officer ignore a fight, while another said they had \"never been shown how to use the alarms\", according to the report.",
			"officer", "unknown"},
		{"but added", "a verb after 'but' shares the subject of the speech verb before it",
			"Fenbury Care confirmed the closure of the home but added that \"the day service will carry on as normal\".",
			"Fenbury Care", "organisation"},
		{"spokesperson's they", "'they said' in the paragraph after a spokesperson for a body opens one is the body's",
			"A spokesperson for Quillon Providers disputed the grade in an interview.\n\n\"Our apprentices pass their end tests and employers keep coming back,\" they said.",
			"Quillon Providers", "organisation"},
	} {
		rep, err := ex.Extract(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Quotes) != 1 {
			t.Errorf("%s: %d quotes, want 1", tc.name, len(rep.Quotes))
			continue
		}
		q := rep.Quotes[0]
		if q.Speaker != tc.speaker || q.SpeakerKind.String() != tc.kind {
			t.Errorf("%s (%s): speaker %q/%s, want %q/%s", tc.name, tc.reason, q.Speaker, q.SpeakerKind, tc.speaker, tc.kind)
		}
	}
}

// TestSpeakersOfEveryQuote checks the speaker of each quote of a text where one quote's
// speaker depends on another's, in texts written for this test.
func TestSpeakersOfEveryQuote(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, reason, in string
		want             []string
	}{
		{"two quotes, words between", "the words between two quotes of a paragraph attribute the first",
			"\"Pupils are kind and they work very hard\" the report read, \"and staff know every single child well\".",
			[]string{"/report", "/report"}},
		{"narration of an inspection", "after a quote of the report, words quoted with no speaker are the report's",
			"The report states the school had \"improved in almost every way since the last visit\".\n\nTeachers earned credit for their \"patient and skilled work with the youngest children\".",
			[]string{"/report", "/report"}},
		{"pull quote", "a line lifted from a named speaker's statement to the top takes her as its speaker",
			"Described as \"the kindest place we could have wished for\", Tolley Brook Nursery was rated good.\n\nManager Joanna Leckie said: \"Families tell us it is the kindest place we could have wished for, and we agree.\"",
			[]string{"Joanna Leckie/person", "Joanna Leckie/person"}},
		{"passive with an agent", "'described by X as' names X as the one who speaks",
			"The home's record keeping was described by the chief inspector as \"careless and far too often incomplete\". Staffing was described by council leader Ann Pell as \"a problem we have let run for too long\".",
			[]string{"/inspectors", "Ann Pell/person"}},
		{"a clause is no organisation", "a capitalised clause before a participle is not a body's name",
			"Staff were positive. They feel completely backed by the owner saying \"she is always there when we need some help\".",
			[]string{"owner/unknown"}},
	} {
		rep, err := ex.Extract(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range rep.Quotes {
			got = append(got, q.Speaker+"/"+q.SpeakerKind.String())
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%s (%s): speakers %q, want %q", tc.name, tc.reason, got, tc.want)
		}
	}
}
