package findings

import (
	"fmt"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// find runs the scan over s with the judgements rating finds in it (each kept, the
// inspectorate of the first mention assumed before any), and the quote stage's quotes
// when quotes is not nil.
func find(s string, quotes []quote.Quote) []Finding {
	in := inputOf(s)
	in.Quotes = quotes
	return Find(in)
}

// inputOf is find's input for text s as the pipeline prepares it, but for the quoted
// stretches: the grades found, with the first inspectorate named as the main one.
func inputOf(s string) Input {
	doc := text.Parse(s)
	ms := rating.Inspectorates(doc)
	main := rating.NoInspectorate
	if len(ms) > 0 {
		main = ms[0].Inspectorate
	}
	found := rating.Find(doc, ms, main)
	return Input{Doc: doc, Found: found, Mentions: found, Inspectorate: len(ms) > 0}
}

// show gives findings as "polarity: text", the form the table's wants are written in.
func show(fs []Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s: %s", f.Polarity, f.Text))
	}
	return out
}

// matches reports whether each got[i] has the polarity of want[i] and contains its text.
func matches(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		p, t, _ := strings.Cut(want[i], ": ")
		if !strings.HasPrefix(got[i], p+": ") || !strings.Contains(got[i], t) {
			return false
		}
	}
	return true
}

// All texts below are written for this test; none is taken from the corpus. A lead
// sentence with a grade gives each an inspection to report.
const lead = "Ofsted has rated Oakhurst Council's children's services inadequate.\n\n"

func TestFindings(t *testing.T) {
	for _, tc := range []struct {
		name, reason, in string
		want             []string // "polarity: text the finding contains", in order
	}{
		{
			name:   "failure lexicon",
			reason: "DOMAIN.md failure vocabulary: 'drift and delay' and 'not good enough' are failures",
			in:     lead + "Inspectors found drift and delay in planning for disabled children.\n\nThe quality of return interviews was not good enough.",
			want:   []string{"failure: drift and delay", "failure: not good enough"},
		},
		{
			name:   "participle opener naming the report",
			reason: "'Responding to the inspection report, the director said' is the director speaking: the opener names what she answers, so her quotation is no finding",
			in:     lead + "Responding to the inspection report, the council's director, Sam Reed, said: “Our social workers are dedicated and our children are kept safe every day.”",
			want:   []string{},
		},
		{
			name:   "participle opener before the inspectors",
			reason: "after the opener, the inspectors still speak: their words are findings",
			in:     lead + "Writing to the council, inspectors said that children are kept safe.",
			want:   []string{"positive: children are kept safe"},
		},
		{
			name:   "key questions named, not answered",
			reason: "'looked at whether the home was safe, caring and well-led' names the areas by their key questions: no finding",
			in:     "The CQC inspected Brookmere House in June.\n\nInspectors looked at whether the home was safe, caring and well-led.",
			want:   []string{},
		},
		{
			name:   "compliance register",
			reason: "procedures that follow national guidance, systems to manage risks: the report's plain register for what is done as it should be",
			in:     "The CQC inspected Brookmere Dental Care in June.\n\nThe report said: \"Cleaning procedures followed national guidance. The surgery had systems to manage the risks of sharps.\"",
			want:   []string{"positive: followed national guidance", "positive: systems to manage the risks"},
		},
		{
			name:   "unattributed first-person quotation",
			reason: "a quotation no one is named for that speaks as 'our' is the provider's, not the report's",
			in:     "Ofsted has rated Fernley Day Nursery outstanding.\n\nStaff and children held a party.\n\n\u201cLooking after little ones is our passion, and every child in our care is kept safe and happy.\u201d",
			want:   []string{},
		},
		{
			name:   "capability grade stated with a rating word",
			reason: "the kept judgement's 'good at' only states the area's grade; a grade in quotation marks is a label",
			in:     "HMICFRS has published a report into Fenwick Police.\n\nFenwick Police has been rated good at preventing crime.\n\nInspectors found that the force is ‘good’ at investigating crime.",
			want:   []string{},
		},
		{
			name:   "strength lexicon on stems",
			reason: "'supported well' and 'kept safe' are strengths, matched on stems (supports, keeping)",
			in:     lead + "Inspectors said foster carers are supported well and children are kept safe.",
			want:   []string{"positive: supported well and children are kept safe"},
		},
		{
			name:   "effort, then a contrast",
			reason: "effort inspectors credit is a strength; 'but' splits off the failure (the issue's example)",
			in:     lead + "Inspectors said staff work very hard for families, but they are given too many cases to manage.",
			want:   []string{"positive: staff work very hard", "failure: too many cases"},
		},
		{
			name:   "negated strength",
			reason: "'not always' flips a strength into a failure",
			in:     lead + "Inspectors found that visits to children were not always timely.",
			want:   []string{"failure: not always timely"},
		},
		{
			name:   "negated failure",
			reason: "'no children were at immediate risk' is not a failure: a negated failure word reads as a strength",
			in:     lead + "Inspectors found that no children were at immediate risk of harm.",
			want:   []string{"positive: no children were at immediate risk of harm"},
		},
		{
			name:   "failed to",
			reason: "'failed to identify' is a failure, and negates the strength after it",
			in:     lead + "The report said managers failed to identify risk and lacked robust oversight.",
			want:   []string{"failure: failed to identify risk"},
		},
		{
			name:   "negated verb after its subject",
			reason: "'improvements have not yet been embedded': the negation after a strength noun flips it",
			in:     lead + "Inspectors said that improvements have not yet been embedded in the assessment teams.",
			want:   []string{"failure: improvements have not yet been embedded"},
		},
		{
			name:   "while splits a mixed sentence",
			reason: "a contrast gives one finding per clause: the while-clause runs to its comma",
			in:     lead + "The report read: \u201cWhile the use of agency workers has decreased, caseloads in the east team have increased.\u201d",
			want:   []string{"positive: While the use of agency workers has decreased", "failure: caseloads in the east team have increased"},
		},
		{
			name:   "but splits a mixed sentence",
			reason: "'Staff work hard to help families, but they carry too many cases' holds a strength and a failure",
			in:     lead + "Inspectors said managers were visible and supportive, but social workers carry too many cases.",
			want:   []string{"positive: managers were visible and supportive", "failure: but social workers carry too many cases"},
		},
		{
			name:   "although after the main clause",
			reason: "'although' mid-sentence starts the second clause",
			in:     lead + "The report said the fostering team responds promptly, although some placement plans are out of date.",
			want:   []string{"positive: responds promptly", "failure: although some placement plans are out of date"},
		},
		{
			name:   "direction of change",
			reason: "a bad thing that fell is a strength, a good thing that fell a failure",
			in:     lead + "Inspectors found that staff turnover has fallen sharply.\n\nThe report said attendance at school had dropped.",
			want:   []string{"positive: staff turnover has fallen", "failure: attendance at school had dropped"},
		},
		{
			name:   "too many",
			reason: "'too' before a word ('too many children', 'too long') is a failure",
			in:     lead + "Inspectors found too many children waited for an assessment.",
			want:   []string{"failure: too many children"},
		},
		{
			name:   "there were positives",
			reason: "a section cue gives its polarity to the next items without a cue word; the cue itself is no finding",
			in:     lead + "Inspectors found weak planning.\n\nThere were positives. Inspectors said the virtual school runs a homework club for teenagers.",
			want:   []string{"failure: weak planning", "positive: runs a homework club"},
		},
		{
			name:   "what needs to improve",
			reason: "items under 'What needs to improve' are failures, even with a weak strength word ('help')",
			in:     lead + "What needs to improve in this local authority?\n\n\u2022 The quality of plans for children who need help.\n\u2022 The recording of management decisions.",
			want:   []string{"failure: The quality of plans", "failure: The recording of management decisions"},
		},
		{
			name:   "CQC because and However lists",
			reason: "bullets after 'We rated it as requires improvement because:' are failures, after 'However:' strengths",
			in: "Our rating of this service went down. We rated it as requires improvement because:\n\n" +
				"\u2022 Staff did not always record observations on time.\n\u2022 The ward ran with two vacant posts on nights.\n\nHowever:\n\n" +
				"\u2022 Staff treated patients with kindness.\n\u2022 The ward held a weekly meeting with families.",
			want: []string{"failure: did not always record", "failure: two vacant posts", "positive: with kindness", "positive: weekly meeting with families"},
		},
		{
			name:   "recommendation",
			reason: "recommendations are failures: 'needs to' or 'should' near the start of a framed clause",
			in:     lead + "Inspectors said the council needs to ensure every child has a plan.\n\nThe report said leaders should review supervision records.",
			want:   []string{"failure: needs to ensure", "failure: leaders should review"},
		},
		{
			name:   "areas for improvement heading",
			reason: "'Areas for improvement' opens a failure section",
			in:     lead + "Areas for improvement\n\n\u2022 The timeliness of health assessments for children in care.",
			want:   []string{"failure: The timeliness of health assessments"},
		},
		{
			name:   "weak cues need the inspectors' frame",
			reason: "bare negation and 'must' count in the report's words, not in narration",
			in:     lead + "The council must now send its plan to the minister.\n\nInspectors found that supervisors had not read the case notes.",
			want:   []string{"failure: had not read the case notes"},
		},
		{
			name:   "council leader's quote",
			reason: "the quoted words of a council leader are a reaction, not a finding",
			in:     lead + "Council leader Mary Vance said: \u201cOur staff are committed and our new team is already showing strong leadership.\u201d",
			want:   []string{},
		},
		{
			name:   "promise",
			reason: "'The council has vowed to make improvements' is a promise; the finding after 'after inspectors highlighted' stays",
			in:     lead + "The council has vowed to make improvements after inspectors highlighted weak leadership.",
			want:   []string{"failure: weak leadership"},
		},
		{
			name:   "opposition councillor",
			reason: "an opposition councillor's opinion is not a finding, even with a failure word",
			in:     lead + "Opposition councillor Tom Reid said the department was an absolute mess and leadership was ineffective.",
			want:   []string{},
		},
		{
			name:   "quote attributed to the report",
			reason: "quotes the text gives to the report hold findings",
			in:     lead + "\u201cSocial workers know their children well and visits are timely,\u201d the report read.",
			want:   []string{"positive: Social workers know their children well"},
		},
		{
			name:   "multi-paragraph quote after a colon lead-in",
			reason: "a quote that opens the paragraph after 'X said:' is X's, and so is its continuation",
			in: lead + "The chief executive, Dan Moss, said:\n\n\u201cWe are proud that our early help is effective.\n\n" +
				"\u201cThe team has been strong throughout.\u201d\n\nInspectors said the early help team was effective.",
			want: []string{"positive: Inspectors said the early help team was effective"},
		},
		{
			name:   "pronoun after an inspector",
			reason: "'she added' refers to the last person attributed: an inspector here",
			in:     lead + "HM Inspector Ruth Dale said the front door was effective.\n\nShe added that return interviews were too slow.",
			want:   []string{"positive: the front door was effective", "failure: return interviews were too slow"},
		},
		{
			name:   "pronoun after a council leader",
			reason: "'He said' after a council leader's words is the leader again",
			in:     lead + "Council leader Sam Hart said the council accepted the report.\n\nHe said the service had improved since the summer.",
			want:   []string{},
		},
		{
			name:   "inspector named later by surname",
			reason: "a surname first given with an inspector's title stays the inspector's",
			in:     lead + "The visit was led by His Majesty's Inspector Ruth Dale.\n\n\u201cPlanning for children in care is weak and too often late,\u201d Ms Dale wrote.",
			want:   []string{"failure: Planning for children in care is weak"},
		},
		{
			name:   "passive description",
			reason: "'were described as' names no speaker: the description is a finding",
			in:     lead + "Personal advisers were described as persistent and caring.",
			want:   []string{"positive: persistent and caring"},
		},
		{
			name:   "evidence told to inspectors",
			reason: "what people told inspectors is the report's evidence",
			in:     lead + "One parent told inspectors there were not enough staff at weekends.",
			want:   []string{"failure: not enough staff"},
		},
		{
			name:   "grade sentence",
			reason: "the grades themselves are not findings",
			in:     "Ofsted rated the school good. Behaviour and attitudes were judged outstanding.",
			want:   []string{},
		},
		{
			name:   "hypothetical",
			reason: "a condition states no finding",
			in:     lead + "If planning does not improve, the council could lose control of the service.",
			want:   []string{},
		},
		{
			name:   "notes to editors",
			reason: "nothing after 'Notes to editors' is a finding",
			in:     lead + "Inspectors found weak oversight.\n\nNotes to editors\n\nThe inspectorate makes sure services are effective and safe.",
			want:   []string{"failure: weak oversight"},
		},
		{
			name:   "no inspection reported",
			reason: "a job advert that names an inspectorate reports no inspection, so has no findings",
			in:     "Join our team. Since the Ofsted visit we have built strong leadership and manageable caseloads.",
			want:   []string{},
		},
		{
			name:   "inspection reported without a grade",
			reason: "a text that reports an inspection of a named body ('following an inspection of', 'What we found') holds findings though it gives no grade",
			in:     "The regulator has published its findings following an inspection of Fenwick Lodge.\n\nWhat we found\n\nRisk assessments were not always reviewed. Staff were kind and caring.",
			want:   []string{"failure: not always reviewed", "positive: kind and caring"},
		},
		{
			name:   "job advert naming an inspection regime",
			reason: "'is inspected by' in a job advert reports no inspection of a body",
			in:     "Fenwick Prison is inspected by HM Inspectorate of Prisons. We are looking for officers who are calm and good at communicating.",
			want:   []string{},
		},
		{
			name:   "headline",
			reason: "GOLD.md: headlines and page titles are not findings, the body says the same",
			in:     "Inspectors find failings at Fenwick Lodge\n\n" + lead + "Inspectors found weak oversight of medicines.",
			want:   []string{"failure: weak oversight"},
		},
		{
			name:   "neutral verb under not always",
			reason: "the regulators' register: 'not always' with a neutral verb is a failure, 'in place' a strength",
			in:     lead + "Inspectors found care plans were in place. Records were not always checked by managers.",
			want:   []string{"positive: in place", "failure: not always checked"},
		},
		{
			name:   "told to improve",
			reason: "a requirement to improve is a failure, not the strength word 'improve'",
			in:     lead + "The report said the home has been told to improve its record keeping.",
			want:   []string{"failure: told to improve"},
		},
		{
			name:   "recommendation heads its clause",
			reason: "a modal with no cue word before it governs its clause: the strength words after it name what is missing",
			in:     lead + "The report said the council needed to make sure it had enough experienced and skilled social workers.",
			want:   []string{"failure: needed to make sure"},
		},
		{
			name:   "improvement as the object of a requirement",
			reason: "'Improvements are required in …' is a failure though 'improvement' is a strength word",
			in:     lead + "Inspectors noted that improvements are required to how medicine stock is counted.",
			want:   []string{"failure: improvements are required"},
		},
		{
			name:   "provider's first person",
			reason: "outside a report page, a first-person sentence without an inspection verb is the provider's voice",
			in:     lead + "Honestly, we could not ask for a kinder bunch of people on our team.\n\nInspectors found weak oversight.",
			want:   []string{"failure: weak oversight"},
		},
		{
			name:   "inspectorate's first person",
			reason: "'our inspection' is the inspectors' own voice, so a first-person sentence holding it keeps its findings",
			in:     lead + "During our inspection staff were kind and caring.",
			want:   []string{"positive: kind and caring"},
		},
		{
			name:   "trigger of the visit",
			reason: "the concerns that set off a visit are background, not a finding",
			in:     lead + "The visit took place because a whistleblower had raised concerns about night cover.",
			want:   []string{},
		},
		{
			name:   "allegation not upheld",
			reason: "finding no evidence for a complaint is in the service's favour",
			in:     lead + "Inspectors found no evidence to support the allegations made against the home.",
			want:   []string{"positive: no evidence to support"},
		},
		{
			name:   "instruction bullet",
			reason: "a recommendation written as an instruction is a failure, though it holds 'up to date'",
			in:     lead + "The report lists what the council must do:\n\n- Make sure case records are kept up to date",
			want:   []string{"failure: Make sure case records are kept up to date"},
		},
		{
			name:   "plan or next step",
			reason: "what someone will do next is not what inspectors found",
			in:     lead + "The council has drawn up an action plan to improve the service.\n\nInspectors found weak oversight.",
			want:   []string{"failure: weak oversight"},
		},
		{
			name:   "progress continued",
			reason: "'continues to improve' as narration is progress, a strength",
			in:     lead + "Inspectors said the force's performance continues to improve.",
			want:   []string{"positive: continues to improve"},
		},
		{
			name:   "grade only",
			reason: "GOLD.md: a clause that only states a grade or its movement is a judgement, not a finding",
			in:     "Fenwick Surgery has been rated outstanding by the CQC, and its rating has improved since 2019.",
			want:   []string{},
		},
		{
			name:   "grade and a finding",
			reason: "a clause that gives a grade and says what improved keeps the finding",
			in:     "A striking improvement in palliative nursing earned the practice an outstanding grade from the CQC.",
			want:   []string{"positive: striking improvement"},
		},
		{
			name:   "allegation not substantiated",
			reason: "'unfounded' governs the allegation it answers, whose own words ('left alone') are not a finding",
			in:     lead + "A complaint that a child had been left alone was found to be unfounded.",
			want:   []string{"positive: unfounded"},
		},
		{
			name:   "still needed",
			reason: "'still needed' makes the improvement it follows or precedes a failure",
			in:     lead + "The report said further improvements are still needed in record keeping.",
			want:   []string{"failure: still needed"},
		},
		{
			name:   "concession opening a sentence",
			reason: "'Despite …,' opens a clause of its own: one finding of each polarity",
			in:     lead + "Despite some strong work by social workers, delays in sharing information continued to put children at risk.",
			want:   []string{"positive: strong work", "failure: put children at risk"},
		},
		{
			name:   "exception",
			reason: "'apart from' gives an exception of the opposite polarity, though it has no cue word of its own",
			in:     lead + "Inspectors found residents' dignity was respected, apart from the sharing of bedrooms by strangers.",
			want:   []string{"positive: dignity was respected", "failure: apart from the sharing of bedrooms"},
		},
		{
			name:   "praise by those inspected",
			reason: "a manager paying tribute to her team is a reaction, not a finding",
			in:     lead + "The owner thanked her kind, hard-working colleagues for the result.\n\nInspectors found weak oversight.",
			want:   []string{"failure: weak oversight"},
		},
		{
			name:   "background about the service",
			reason: "what a service is and does states no finding, though it holds 'personal care'",
			in:     "The CQC has published its findings following an inspection of Fenwick Care.\n\nFenwick Care provides personal care and safe, effective support to 30 people.",
			want:   []string{},
		},
		{
			name:   "inspectorate writing as we",
			reason: "in a text reporting an inspectorate's inspection, 'We found …' is the inspectors' own voice",
			in:     lead + "We found a lack of checks on new staff.",
			want:   []string{"failure: lack of checks"},
		},
		{
			name:   "call for an inquiry",
			reason: "GOLD.md: calls for inquiries are not findings",
			in:     lead + "Campaigners repeated their calls for an inquiry into what went wrong at the ward.",
			want:   []string{},
		},
		{
			name:   "no comment",
			reason: "declining to comment is no decline",
			in:     lead + "Ofsted declined to comment.",
			want:   []string{},
		},
		{
			name:   "need as a condition",
			reason: "'if needed' is a condition, not a shortfall",
			in:     lead + "Inspectors found residents were weighed weekly, or more often if needed, and were well supported.",
			want:   []string{"positive: well supported"},
		},
		{
			name:   "deadline to improve",
			reason: "a deadline to make improvements is a requirement, so a failure",
			in:     lead + "Owners of the site have been given until June to put a list of improvements in place.",
			want:   []string{"failure: until June to put a list of improvements in place"},
		},
		{
			name:   "work on the weaknesses",
			reason: "addressing the areas for improvement is progress, and outweighs the weakness it names",
			in:     lead + "Inspectors found leaders are addressing the areas for improvement identified last year.",
			want:   []string{"positive: addressing the areas for improvement"},
		},
		{
			name:   "not enough governs its clause",
			reason: "'not enough' outweighs a strength word later in its clause",
			in:     lead + "Inspectors found:\n\n- Not enough support for new arrivals to find their way or stay safe",
			want:   []string{"failure: Not enough support"},
		},
		{
			name:   "more needed",
			reason: "what more is needed is a shortfall",
			in:     lead + "Inspectors said more planning was needed for young people leaving care.",
			want:   []string{"failure: more planning was needed"},
		},
		{
			name:   "however carries the voice on",
			reason: "a paragraph opening 'However,' answers the inspectors' paragraph before it, so a requirement in it is theirs",
			in:     lead + "The report said pupils were polite.\n\nHowever, the head needed to see that every class had a trained first aider.",
			want:   []string{"positive: pupils were polite", "failure: needed to see"},
		},
		{
			name:   "instructions after a colon and a semicolon",
			reason: "an instruction can follow a lead-in's colon inside the sentence, and the next one its semicolon in lower case",
			in:     lead + "On safety the home was told to: \u201cMake sure every fire door closes properly; improve the logging of visitors to enable quick tracing.\u201d",
			want:   []string{"failure: Make sure every fire door closes properly; improve the logging"},
		},
		{
			name:   "spoiling verb governs its object",
			reason: "'undermine' turns the strength words in its object ('safe and caring') into the failure it names",
			in:     lead + "Inspectors said frequent moves between wards continued to undermine the team's ability to deliver safe and caring work.",
			want:   []string{"failure: continued to undermine"},
		},
		{
			name:   "deadline with a long name",
			reason: "a deadline to improve stays a requirement when the provider's name between 'gave' and 'until' runs to three words",
			in:     lead + "The regulator gave owners Birchwood Lodge Ltd until May to bring in a list of improvements.",
			want:   []string{"failure: until May"},
		},
		{
			name:   "areas named by their key question",
			reason: "in a clause stating grades, 'whether its teams are caring and responsive' names the areas graded, it is no finding",
			in:     "Brackenfield Surgery is rated good overall by the CQC, and outstanding when it comes to whether its teams are caring and responsive.",
			want:   []string{},
		},
		{
			name:   "area word as a finding beside a grade",
			reason: "an area's word that no key question leads into stays a finding, grade or not",
			in:     "Brackenfield Surgery is rated good by the CQC, which found patients felt safe and listened to.",
			want:   []string{"positive: patients felt safe"},
		},
		{
			name:   "earlier grade in other words",
			reason: "a clause that only recalls grades the judgement stage does not keep ('graded as weak') is still no finding",
			in:     lead + "Twice before, inspectors had graded the nursery as weak.",
			want:   []string{},
		},
		{
			name:   "breach of a regulation named by its title",
			reason: "'safe care and treatment' is a regulation's name, so its 'safe' does not cancel the breach",
			in:     "The CQC rated Holloway Lane Care Home inadequate.\n\nThe regulator recorded two breaches of the regulation covering safe care and treatment.",
			want:   []string{"failure: two breaches"},
		},
		{
			name:   "second verb shares the official's subject",
			reason: "'welcomed the report, saying …, and noted that …': both verbs are the cabinet member's, though 'the inspection' follows the second",
			in:     lead + "Cabinet member Rhian Tolley welcomed the report, saying staff are good at spotting risk, and noted that figures since the inspection showed fewer delays.",
			want:   []string{},
		},
		{
			name:   "participle after a comma takes the verb's subject",
			reason: "'X sent a letter to families, saying …': the letter is the director's, not the report's",
			in:     lead + "Director Amos Venn sent a letter to families, saying the home was no longer safe to run.",
			want:   []string{},
		},
		{
			name:   "participle with its own subject",
			reason: "'was praised, with inspectors saying …': the passive gives no speaker, the inspectors speak",
			in:     lead + "Its fostering team was praised, with inspectors saying it had a clear grasp of what children need.",
			want:   []string{"positive: clear grasp"},
		},
		{
			name:   "noun in -ing is no speech verb",
			reason: "'a warning notice' is a notice, not a verb whose subject (the trust) speaks: the notice is the regulator's, a finding",
			in:     lead + "The trust expected this, having received a warning notice from the CQC about unsafe staffing on the wards.",
			want:   []string{"failure: unsafe staffing"},
		},
		{
			name:   "initials open the sentence",
			reason: "a body named by its initials accepts the findings: its words, not the report's",
			in:     lead + "KFRS accepts every point the inspectors raised and recognises its call handling has to get faster.",
			want:   []string{},
		},
		{
			name:   "one and another after a councillor",
			reason: "a bare 'one' or 'another' speaks for those just named, not for the report",
			in:     lead + "Opposition councillors attacked the response. One alleged the backlog had been kept from members, and another insisted the cabinet had been asleep at the wheel.",
			want:   []string{},
		},
		{
			name:   "according to the report covers the whole sentence",
			reason: "'…, while another said …, according to the report': the report relays both",
			in:     lead + "One officer was said to have failed to check the alarm, while another said he had been too busy to check, according to the report.",
			want:   []string{"failure: failed to check the alarm"},
		},
		{
			name:   "the council is concerned",
			reason: "the council's concern is its reaction, not a finding",
			in:     lead + "However, the council is concerned that the report does not reflect the excellent work of its carers.",
			want:   []string{},
		},
		{
			name:   "intensifier before a failure word",
			reason: "'highly' before 'unsafe' strengthens the failure; it is no strength",
			in:     lead + "Inspectors found children had been placed in highly unsafe lodgings.",
			want:   []string{"failure: highly unsafe lodgings"},
		},
		{
			name:   "a relative clause names no inspector",
			reason: "'Coun Ash spoke of an Ofsted letter which described …' does not make Coun Ash an inspector, so his quote later stays his",
			in:     lead + "Coun Idris Ash spoke about an Ofsted letter which described grave weaknesses.\n\nLater, Coun Ash said: \"Personally, I think the plan is not robust enough.\"",
			want:   []string{"failure: grave weaknesses"},
		},
		{
			name:   "what a concern is about",
			reason: "'concerns about … keeping children safe and effective help' names what the concern is about: no strength in it",
			in:     lead + "Inspectors said they had concerns about how well the service was keeping children safe and giving effective help.",
			want:   []string{"failure: concerns about"},
		},
		{
			name:   "improvement required urgently",
			reason: "'require urgent improvement' says the improvement is missing: a failure",
			in:     lead + "The poor quality of care plans requires urgent improvement, the report said.",
			want:   []string{"failure: requires urgent improvement"},
		},
		{
			name:   "a harm that could have been avoided",
			reason: "'could have been avoided had …' is a failure, whatever good practice the condition names",
			in:     lead + "Inspectors said this outcome could have been avoided had managers checked the plans properly.",
			want:   []string{"failure: could have been avoided"},
		},
		{
			name:   "count of recommendations",
			reason: "a report saying how many recommendations it makes states no finding; narrated beside a concern, the concern stays",
			in:     lead + "Inspectors said the report makes seven recommendations, for better and safer care planning.\n\nThe inspectorate raised a cause of concern about missing-child reports and made two recommendations.",
			want:   []string{"failure: raised a cause of concern"},
		},
		{
			name:   "views a report page relays",
			reason: "on a report page, 'Parents said …' is the report relaying their views: a finding",
			in:     "Brookfield Nursery\n\nWhat needs to improve\n\nSome nappy-changing records were incomplete.\n\nParents said they felt well informed about their child's day.",
			want:   []string{"failure: nappy-changing records were incomplete", "positive: felt well informed"},
		},
		{
			name:   "monitoring to come",
			reason: "'will now be closely monitored … to make sure improvements are made' is a next step, not a finding",
			in:     lead + "The service will now be closely monitored by inspectors to make sure strong improvements are made quickly.",
			want:   []string{},
		},
		{
			name:   "the reason after a plan",
			reason: "a proposal to close is a next step, but what it was 'after finding' is a finding",
			in:     lead + "Inspectors are proposing to cancel the home's registration after finding serious failures in night-time checks.",
			want:   []string{"failure: serious failures in night-time checks"},
		},
		{
			name:   "grade word before its noun",
			reason: "'good levels of staffing' rates the staffing: an adjective of a finding, not a grade",
			in:     lead + "Inspectors found good levels of staffing on every ward.",
			want:   []string{"positive: good levels of staffing"},
		},
		{
			name:   "metaphor for a good grade",
			reason: "'a clean bill of health' narrates the grade in a lede: no finding of its own",
			in:     "Westbrook Academy has been handed a clean bill of health after Ofsted rated it good.",
			want:   []string{},
		},
		{
			name:   "a harm found, and none found",
			reason: "'pressure sores' is a harm: found, a failure; 'no … pressure sores', a strength",
			in:     lead + "Inspectors found two residents had developed pressure sores. At the other home, there had been no pressure sores in the past year.",
			want:   []string{"failure: developed pressure sores", "positive: no pressure sores"},
		},
		{
			name:   "a plan in the making",
			reason: "'an action plan to make visits safer …' is a next step, whatever its cue words",
			in:     lead + "Inspectors said an action plan to make home visits safer and more regular is being written.",
			want:   []string{},
		},
		{
			name:   "numbered heading",
			reason: "'3. Improvements' is a heading of a numbered report, not a clause",
			in:     lead + "3. Improvements\n\nInspectors found that staff now record every visit promptly and accurately.",
			want:   []string{"positive: record every visit"},
		},
		{
			name:   "quantifier only",
			reason: "'only' before a share is a shortfall in the report's words",
			in:     lead + "The report said only 40% of plans were reviewed on time.",
			want:   []string{"failure: only 40% of plans"},
		},
		{
			name:   "an improvement aimed at is no strength",
			reason: "'a drive to improve' and 'told to make improvements' name an aim or a demand, not an improvement made",
			in:     lead + "The council began a drive to improve after inspectors told it to make improvements.",
			want:   []string{},
		},
		{
			name:   "an improvement under way is a strength",
			reason: "'continued to improve', 'working to improve' and 'efforts made to improve' report progress the inspectors saw",
			in:     lead + "Inspectors found that help for care leavers had continued to improve.\n\nThe report said managers were working to improve supervision.\n\nInspectors noted efforts made to improve the timeliness of assessments.",
			want:   []string{"positive: had continued to improve", "positive: working to improve supervision", "positive: efforts made to improve"},
		},
		{
			name:   "a modal that is its clause's verb governs its subject's strengths",
			reason: "in 'accurate, current care plans should be better kept' the strengths name what the recommendation wants: one failure",
			in:     lead + "Inspectors said accurate, current care plans should be better kept.",
			want:   []string{"failure: accurate, current care plans should be better kept"},
		},
		{
			name:   "a negated verb reaches its clause's end",
			reason: "'did not arrange home visits so that' negates the strengths that follow it however far off in its clause",
			in:     lead + "Inspectors found managers did not arrange home visits so that social workers could build strong relationships with children.",
			want:   []string{"failure: did not arrange home visits"},
		},
		{
			name:   "a present-tense section cue and a pointer to the report",
			reason: "'There are some positives:' opens strengths as 'There were positives' does; 'see the full report' points to the report and is no finding",
			in:     lead + "There are some positives:\n\nStaff knew each child well.\n\nThere is more detail when you see the full report.",
			want:   []string{"positive: Staff knew each child well"},
		},
		{
			name:   "a sentence going on from background",
			reason: "'This means …' right after a grade's description goes on describing the grade, not the inspected body",
			in:     lead + "Grade 2 is given to settings that serve most of their children well. This means that children settle quickly and are ready for school.\n\nInspectors found staff were kind.",
			want:   []string{"positive: staff were kind"},
		},
		{
			name:   "a team counted by its members",
			reason: "'a three-strong team', 'the six strong panel' give a size: no strength",
			in:     lead + "Inspectors found that a three-strong team of managers was formed last year.\n\nThe council's six strong panel will review the plan.",
			want:   []string{},
		},
		{
			name:   "early years and care wording of gains and risks kept down",
			reason: "'children develop new skills' and 'staff minimise the risk of falls' are strengths",
			in:     lead + "Inspectors found that children develop new skills.\n\nInspectors found that staff minimise the risk of falls.\n\nInspectors found that their counting develops very rapidly.",
			want:   []string{"positive: children develop new skills", "positive: minimise the risk of falls", "positive: develops very rapidly"},
		},
		{
			name:   "a reported concession ending at a dash",
			reason: "'inspectors said despite X - Y': the concession is a strength of its own, what follows the dash the failure",
			in:     lead + "Inspectors said despite clear improvements since the last visit - not enough had been done to keep children safe.",
			want:   []string{"positive: despite clear improvements since the last visit", "failure: not enough had been done"},
		},
		{
			name:   "a statement of purpose",
			reason: "'the home aims to provide a safe, caring place' is what the provider sets out to be, not a finding",
			in:     lead + "The home aims to provide a safe, caring place to live for up to four children.\n\nInspectors found staff were kind.",
			want:   []string{"positive: staff were kind"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := show(find(tc.in, nil))
			if !matches(got, tc.want) {
				t.Errorf("findings(%q) = %v; want %v (%s)", tc.in, got, tc.want, tc.reason)
			}
		})
	}
}

// TestFindingsUseQuoteStage checks that the quotes found by the quote stage decide
// whose words a quotation holds when there are any: a quotation the heuristic cannot
// attribute is excluded when the quote stage gives it to a council leader, and kept
// when it gives it to the report.
func TestFindingsUseQuoteStage(t *testing.T) {
	in := lead + "\u201cSupervision is regular and plans are timely.\u201d\n\nCouncil leader Jo Park welcomed the findings."
	start := strings.Index(in, "Supervision")
	end := strings.Index(in, "timely.") + len("timely.")
	for _, tc := range []struct {
		name, reason string
		kind         quote.SpeakerKind
		want         []string
	}{
		{"person", "a council leader's quotation is a reaction", quote.Person, []string{}},
		{"report", "the report's quotation holds findings", quote.Report, []string{"positive: Supervision is regular"}},
	} {
		q := quote.Quote{Text: in[start:end], Speaker: "Jo Park", SpeakerKind: tc.kind, Paragraphs: 1, Span: text.Span{Start: start, End: end}}
		if tc.kind == quote.Report {
			q.Speaker = ""
		}
		got := show(find(in, []quote.Quote{q}))
		if !matches(got, tc.want) {
			t.Errorf("%s: findings(%q) = %v; want %v (%s)", tc.name, in, got, tc.want, tc.reason)
		}
	}
}

// TestFindingThemes checks that each finding says what it is about: the theme whose
// phrases weigh most in its clause, a general word ("staff") weighing less than a
// specific one ("medicines"), and "other" when the clause names no listed subject.
func TestFindingThemes(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"specific over general", "Inspectors found staff did not store medicines safely.", "medicines"},
		{"staffing", "Inspectors found caseloads were too high and turnover was rising.", "staffing and workload"},
		{"premises", "The report said the bathrooms were dirty and in disrepair.", "premises and environment"},
		{"waits", "Inspectors found children waited too long because of delays.", "access and timeliness"},
		{"none named", "Inspectors said the picture was not good enough.", ThemeOther},
	} {
		fs := find(lead+tc.in, nil)
		if len(fs) != 1 || fs[0].Theme != tc.want {
			t.Errorf("%s: findings(%q) = %+v; want one with theme %q", tc.name, tc.in, fs, tc.want)
		}
	}
}

// TestCapabilityRepeated gives the scan what the judgement stage gives it: an area's
// grade said twice is kept once (Found), every saying a label (Mentions).
func TestCapabilityRepeated(t *testing.T) {
	in := "HMICFRS inspected Fenwick Police this spring. It graded the force good for preventing crime and adequate for investigating crime.\n\n" +
		"The inspector, Jo Bright, said: “Fenwick Police is good at preventing crime in its rural towns and villages.”"
	doc := text.Parse(in)
	ms := rating.Inspectorates(doc)
	all := rating.Find(doc, ms, ms[0].Inspectorate)
	var kept []rating.Found
	seen := map[string]bool{}
	for _, f := range all {
		if !seen[f.Area] {
			kept = append(kept, f)
		}
		seen[f.Area] = true
	}
	if len(kept) != 2 || len(all) != 3 {
		t.Fatalf("judgements: kept %d of %d, want 2 of 3", len(kept), len(all))
	}
	got := show(Find(Input{Doc: doc, Found: kept, Mentions: all, Inspectorate: true}))
	want := []string{"positive: good at preventing crime in its rural towns"}
	if !matches(got, want) {
		t.Errorf("findings = %q; want %q (said again after the grades, 'good at' and a verb is what the force does well)", got, want)
	}
}

// TestFindingsPeople checks that an official the entity stage gives an inspector's role
// speaks for the inspectors: without the role, the same named speaker is someone else.
func TestFindingsPeople(t *testing.T) {
	in := lead + "Mira Volk said night staff had far too little training."
	doc := text.Parse(in)
	found := rating.Find(doc, rating.Inspectorates(doc), rating.NoInspectorate)
	for _, tc := range []struct {
		role string
		want []string
	}{
		{"lead inspector", []string{"failure: far too little training"}},
		{"chief executive", []string{}},
	} {
		got := show(Find(Input{Doc: doc, Found: found, Mentions: found, People: []entity.Official{{Name: "Mira Volk", Role: tc.role}}}))
		if !matches(got, tc.want) {
			t.Errorf("role %q: findings = %v; want %v", tc.role, got, tc.want)
		}
	}
}

// TestLongWords checks the words too long for an fword's length field: their text
// and range are read from the call's map of long words, and a finding that ends with
// one holds all of it.
func TestLongWords(t *testing.T) {
	long := "https://www.example.org/" + strings.Repeat("reports/", 8) + "inspection-summary"
	in := "Inspectors found that staff were kind and caring, but the home had poor record keeping at " + long + "."
	doc := text.Parse(in)
	c := newFindCtx(Input{Doc: doc})
	defer c.release()
	c.window(0, false) // one window: the text is short
	n := 0
	for _, w := range c.ws {
		r := c.rng(w)
		if got, want := c.word(w), strings.ToLower(doc.Text()[r.Start:r.End]); got != want || len(got) == 0 {
			t.Fatalf("word %q, range's text %q", got, want)
		}
		if len(c.word(w)) >= fLongWord {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no long word read")
	}
	fs := find(in, nil)
	if len(fs) == 0 || !strings.Contains(fs[len(fs)-1].Text, "reports/reports/") {
		t.Errorf("findings %+v: want the last to hold the long word", fs)
	}
}
