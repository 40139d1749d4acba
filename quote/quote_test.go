package quote_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/text"
)

// quotes renders the candidates of five words or more as "paragraphs|speaker clause|text",
// the text as the input gives it.
func quotes(in string) []string {
	doc := text.Parse(in)
	var out []string
	for _, c := range quote.Candidates(doc, quote.Segments(doc)) {
		if c.Words < quote.MinWords {
			continue
		}
		a := quote.Attribute(doc, c)
		out = append(out, fmt.Sprintf("%d|%s|%s", c.Paragraphs, doc.Original(a.Clause), doc.Original(c.Range())))
	}
	return out
}

// Each case is written for this test, with the reason the rule exists.
func TestQuotes(t *testing.T) {
	for _, tc := range []struct {
		name, reason, in string
		want             []string
	}{
		{"said before", "attribution with a colon before the quote",
			"Council leader Jane Ash said: \u201cWe accept every word of this report.\u201d",
			[]string{"1|Council leader Jane Ash|We accept every word of this report."}},
		{"closer shaped opener", "a closing mark after a colon and before a capital opens the quote",
			"The manager said: \u2019Every resident here has a named carer now.\u2019",
			[]string{"1|The manager|Every resident here has a named carer now."}},
		{"doubled opener", "an opener followed by a closer-shaped mark opens once",
			"The inspector said: \u2018\u2019Babies settle quickly and staff know them well.\u2019",
			[]string{"1|The inspector|Babies settle quickly and staff know them well."}},
		{"said after", "attribution after the quote, speaker after the verb",
			"\u201cWe accept every word of this report,\u201d said Cllr Jane Ash.",
			[]string{"1|Cllr Jane Ash|We accept every word of this report,"}},
		{"pronoun after", "a pronoun speaker for the resolver",
			"\"We will do better for every child here,\" she added.",
			[]string{"1|she|We will do better for every child here,"}},
		{"appositive", "a speaker with an aside before the verb",
			"Jane Ash, the council's leader, said: \u201cWe accept every word of this report.\u201d",
			[]string{"1|Jane Ash, the council's leader,|We accept every word of this report."}},
		{"according to", "the phrase attributes like a verb",
			"According to the report, \u201cleaders do not know their services well enough\u201d.",
			[]string{"1|the report|leaders do not know their services well enough"}},
		{"split quote", "one quote interrupted by its attribution",
			"\u201cThere are serious failures here,\u201d the report read. \u201cToo many children wait too long.\u201d",
			[]string{"1|the report|There are serious failures here,\u201d the report read. \u201cToo many children wait too long."}},
		{"multi-paragraph", "each paragraph opens a mark, only the last closes",
			"Jane Ash said: \u201cWe accept the findings in full.\n\n\u201cWe will put things right for children.\n\n\u201cThat is our promise to every family.\u201d",
			[]string{"3|Jane Ash|We accept the findings in full.\n\n\u201cWe will put things right for children.\n\n\u201cThat is our promise to every family."}},
		{"lead-in paragraph", "a colon ends the paragraph before the quote",
			"The director, Sam Reid, said:\n\n\u201cWe are sorry for what these children went through.\u201d",
			[]string{"1|The director, Sam Reid,|We are sorry for what these children went through."}},
		{"scare quotes", "fewer than five words are not quotes",
			"Inspectors found \u2018swift action\u2019 and \"not good enough\" work.",
			nil},
		{"mixed marks", "a quote opened with one shape closes with another of its family",
			"Ofsted said the service was 'not yet good enough for the children it serves\u2019.",
			[]string{"1|Ofsted|not yet good enough for the children it serves"}},
		{"apostrophes", "a single mark inside a word is not a quote mark",
			"The council\u2019s leader said it\u2019s a day she won\u2019t forget.",
			nil},
		{"unclosed", "an unclosed mark ends at its paragraph, not the document",
			"He said: \u201cThis never closes but is long enough\n\nThe next paragraph is narration again.",
			[]string{"1|He|This never closes but is long enough"}},
		{"nested", "a quote inside a quote belongs to the outer one",
			"\u201cWhen a child says \u2018nobody listened to me\u2019, that is on us,\u201d he said.",
			[]string{"1|he|When a child says \u2018nobody listened to me\u2019, that is on us,"}},
		{"coordinated verbs", "a second speech verb shares the first one's subject",
			"Inspectors said the school was calm and praised teaching that was \"ambitious and carefully planned for all\".",
			[]string{"1|Inspectors|ambitious and carefully planned for all"}},
		{"participle", "'saying' attributes inside a clause",
			"The force was praised, with inspectors saying it had a \"good grasp of what the public needs\".",
			[]string{"1|The force was praised, with inspectors|good grasp of what the public needs"}},
		{"new clause after", "a verb after 'and' starts a new clause, not an attribution",
			"The report praised the \u201cwarm and nurturing relationships with every child\u201d and described a setting where all are known.",
			[]string{"1|The report|warm and nurturing relationships with every child"}},
		{"closing paragraph without an opener", "the last paragraph of a quote may close it without reopening the mark",
			"The letter said: \"Waiting lists for therapy have doubled in a year.\n\nFamilies told us they felt forgotten by the service.\"\n\nThe council did not comment.",
			[]string{"2|The letter|Waiting lists for therapy have doubled in a year.\n\nFamilies told us they felt forgotten by the service."}},
		{"interlude line", "a short page line between two paragraphs of a quote is not a paragraph of it",
			"Ms Ebbe said: \u201cWe are proud of every member of our team.\n\nLocal news in pictures\n\n\u201cThey have worked so hard for this result.\u201d",
			[]string{"2|Ms Ebbe|We are proud of every member of our team.\n\nLocal news in pictures\n\n\u201cThey have worked so hard for this result."}},
		{"colon after the attribution", "a colon after the words between two quotes leads into a new quote",
			"Asked whether the plan \u201cwould reach every family in time\u201d, Cllr Ames said: \u201cIt will not, and we must say so.\u201d",
			[]string{"1|, Cllr Ames|would reach every family in time", "1|, Cllr Ames|It will not, and we must say so."}},
		{"cut off", "a quote cut off by the end of the text",
			"She said: \u201cWe will keep working together with the caring commun",
			[]string{"1|She|We will keep working together with the caring commun"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := quotes(tc.in)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s (%s):\nquotes(%q)\n got %q\nwant %q", tc.name, tc.reason, tc.in, got, tc.want)
			}
		})
	}
}

// TestAttributePassive wants Passive set however the text makes the speech verb
// passive (a described subject, a colon lead-in), so that no caller checks it again,
// and not for an active verb.
func TestAttributePassive(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`Pupils were described as "keen to learn and proud of their school".`, true},
		{`Leaders were told: "The plan for reading must be put in place this term."`, true},
		{`"The staff have worked very hard this year," the head said.`, false},
		{`The head said: "The staff have worked very hard this year."`, false},
	} {
		doc := text.Parse(tc.in)
		cs := quote.Candidates(doc, quote.Segments(doc))
		if len(cs) != 1 {
			t.Fatalf("%q: %d candidates, want 1", tc.in, len(cs))
		}
		if a := quote.Attribute(doc, cs[0]); a.Passive != tc.want {
			t.Errorf("%q: Passive %v (verb %q, speaker %q), want %v", tc.in, a.Passive, a.Verb, doc.Original(a.Speaker), tc.want)
		}
	}
}
