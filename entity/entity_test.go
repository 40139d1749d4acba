package entity_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/text"
)

func people(in string) []string {
	doc := text.Parse(in)
	var out []string
	for _, p := range entity.People(doc) {
		s := fmt.Sprintf("%s|%s", p.Name, p.Role)
		if p.Public {
			s += "|public"
		}
		if p.Journalist {
			s += "|press"
		}
		out = append(out, s)
	}
	return out
}

// Each case is written for this test, with the reason the rule exists.
func TestPeople(t *testing.T) {
	for _, tc := range []struct {
		name, reason, in string
		want             []string
	}{
		{"role before", "a role written before the name",
			"Council leader Gerald Marsh said the council would act.", []string{"Gerald Marsh|council leader"}},
		{"title", "a councillor's title gives the role when no other is given",
			"Cllr Anita Basu spoke first.", []string{"Anita Basu|councillor"}},
		{"surname with title", "later mentions by title and surname",
			"Mr Marsh agreed.", []string{"Marsh|"}},
		{"aside after", "a role in an aside after the name, with its organisation",
			"Marianne Tulloch, chief executive of Calder Trust, said sorry.", []string{"Marianne Tulloch|chief executive"}},
		{"aside before", "a role in an aside before the name",
			"Ofsted's chief inspector, Sir Gordon Halsey, said so.", []string{"Gordon Halsey|chief inspector"}},
		{"post-nominals", "honours after a name are not part of it",
			"Professor Dame Ann Lee CBE said so.", []string{"Ann Lee|"}},
		{"party tag", "a bracketed party and ward after a councillor",
			"Councillor Rhoda Pennick (Lab, Eastcliff), lead member for children's services, said so.",
			[]string{"Rhoda Pennick|lead member for children's services"}},
		{"relative clause role", "a role given in 'who became …'",
			"Rebecca Stone, who became the council's director of children's services in May, said so.",
			[]string{"Rebecca Stone|director of children's services"}},
		{"MP for", "a constituency after MP stays in the role",
			"Joanna Reeve, the Labour MP for Sedgeford, said so.", []string{"Joanna Reeve|labour mp for sedgeford"}},
		{"member of the public", "a parent is not an official",
			"Parent Kirsty Elcombe said she was worried.", []string{"Kirsty Elcombe|parent|public"}},
		{"byline", "a reporter is not an official",
			"Sam Reid, Local Democracy Reporter, wrote this.", []string{"Sam Reid|local democracy reporter|press"}},
		{"by line", "a capitalised preposition before a name is not part of it; the byline's author writes the piece",
			"By Joanna Reeve, MP for Sedgeford\n\nFor Tobias Renshaw, the report was a shock.",
			[]string{"Joanna Reeve|mp for sedgeford|press", "Tobias Renshaw|"}},
		{"unknown first name", "two capitalised words before a speech verb",
			"Tobias Renshaw said the force must improve.", []string{"Tobias Renshaw|"}},
		{"role places an unknown name", "a given name no list knows, after a role",
			"She asked chief executive Oriel Thwaite to review staffing.", []string{"Oriel Thwaite|chief executive"}},
		{"role before a comma places a name", "a role, a comma, then a name no list knows",
			"The plan was backed by the cabinet member for schools, Brannoc Iddle.", []string{"Brannoc Iddle|cabinet member for schools"}},
		{"aside places a name", "an unknown name followed by a role in an aside",
			"Yestin Moray-Cole, clinical director of Fenwick Trust, said so.", []string{"Yestin Moray-Cole|clinical director"}},
		{"label places a name", "a form's label before a colon gives the role",
			"Inspected by: Ailsa Brodribb.", []string{"Ailsa Brodribb|inspector"}},
		{"label's next word", "in a flattened form the next label's first word is not part of the name",
			"Principal: Mr Tolan Greaves Postcode of site: FN1 2AB", []string{"Tolan Greaves|principal"}},
		{"organisation after a role", "a capitalised run after 'chief executive of' is the body, not a person",
			"He met the chief executive of Harrowdene Health Partnership yesterday.", nil},
		{"day word", "'Today' opening a sentence is not part of a name",
			"Today Ottoline Brisk, head of nursing, said so.", []string{"Ottoline Brisk|head of nursing"}},
		{"capitalised possessive in a role", "'Children's' in a capitalised title is part of the role, not its organisation",
			"Last week Director of Children's Services Perrin Lusk announced her retirement.", []string{"Perrin Lusk|director of children's services"}},
		{"bracketed acronym", "an acronym in brackets between a role and a name",
			"It was referred by Police and Crime Commissioner (PCC) Hallam Brook.", []string{"Hallam Brook|police and crime commissioner"}},
		{"verb before a role", "a role read backwards stops at a verb",
			"The governors expect headteacher Gwenllian Roe to act.", []string{"Gwenllian Roe|headteacher"}},
		{"complement of a role", "an unknown word after 'of' stays in the role",
			"Chair of governing body Tam Oyelaran wrote to parents.", []string{"Tam Oyelaran|chair of governing body"}},
		{"predicate role", "a role given by 'stepped in as'",
			"Rhosyn Carrow stepped in as acting director of children's services last month.", []string{"Rhosyn Carrow|acting director of children's services"}},
		{"predicate role with object", "'has led the college as interim principal'",
			"Priya Venn has led the college as interim principal since the spring.", []string{"Priya Venn|interim principal"}},
		{"took over as", "'took over as headteacher' places a name no list knows",
			"Odran Fiske took over as headteacher in January.", []string{"Odran Fiske|headteacher"}},
		{"appositive with the", "a role after 'the' with no comma",
			"Maren Ostby the lead inspector wrote that pupils were safe.", []string{"Maren Ostby|lead inspector"}},
		{"office before councillor", "'Leader of X, councillor Y' gives the office",
			"The leader of Brenlow Council, councillor Gareth Amos, welcomed it.", []string{"Gareth Amos|leader of brenlow council"}},
		{"plural head in a capitalised role", "a capitalised role before a titled name in an aside",
			"Chief Inspector of Hospitals, Professor Ilsa Penrith, said so.", []string{"Ilsa Penrith|chief inspector of hospitals"}},
		{"organisation after at", "a title before its organisation, the name in an aside after",
			"Cabinet member for schools at Fenwold Council, Dr Ysolde Marr, said so.", []string{"Ysolde Marr|cabinet member for schools"}},
		{"names listed after were", "a role as the subject, the names after 'were' and 'and'",
			"The two inspectors who carried out the review were Tamsin Greeve and Oswin Packard.",
			[]string{"Tamsin Greeve|inspector", "Oswin Packard|inspector"}},
		{"coordinated names of a plural role", "a plural role before two names joined by 'and', each with a phrase after it",
			"At the meeting, opposition councillors Brannock Wyle of the Green group and Ferris Oduya of the Liberal Democrats voted against it.",
			[]string{"Brannock Wyle|opposition councillor", "Ferris Oduya|opposition councillor"}},
		{"singular role is not shared", "a second name after 'and' does not take a singular role",
			"Chief executive Ottilie Marsh and Ruth Pell met the inspectors.", []string{"Ottilie Marsh|chief executive", "Ruth Pell|"}},
		{"abbreviated rank", "a police rank written as a run of abbreviations",
			"Dpt Ch Cons Rowan Tegwell said the force would respond.", []string{"Rowan Tegwell|dpt ch cons"}},
		{"incumbent", "a role word that names a post's holder",
			"Nobody holds the post yet, and the previous incumbent, Hollis Marchetti, now works abroad.",
			[]string{"Hollis Marchetti|previous incumbent"}},
		{"place inside a role", "a region after the role, before the comma and the name",
			"The regulator's head of hospital inspection in the south west, Orla Finchley, said so.",
			[]string{"Orla Finchley|head of hospital inspection in the south west"}},
		{"former role and a new one", "an appointment after the name is the current role; the body before is not a person",
			"Former head of Harrowgate Family Trust Delphine Oakes took over as interim director in the spring.",
			[]string{"Delphine Oakes|interim director"}},
		{"possessive inside a body's name", "a body whose name holds a possessive, then a name",
			"Former finance director of Dunmore Children's Services Trust Perdita Vance will take over as interim chief executive in April.",
			[]string{"Perdita Vance|interim chief executive"}},
		{"surname that is a common word", "a party's name as a surname after a given name a role places",
			"Labour police and crime commissioner Corwen Green promised a close look.",
			[]string{"Corwen Green|labour police and crime commissioner"}},
		{"spokesperson for a body", "the capitalised run after 'spokesperson for' is the body",
			"A spokesperson for Quillon Providers told the paper it disagreed. A spokesman for Marden Homes Limited said sorry.", nil},
		{"not people", "capitalised things that are not people",
			"Now Playing Hanson MMMBop. The Multi Agency Safeguarding Hub met Inspectors.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := people(tc.in)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s (%s):\npeople(%q)\n got %q\nwant %q", tc.name, tc.reason, tc.in, got, tc.want)
			}
		})
	}
}

func TestBodies(t *testing.T) {
	for _, tc := range []struct {
		name, reason, in string
		want             []string
	}{
		{"council", "a name ending in a council head", "Tameside Metropolitan Borough Council was inspected.", []string{"Tameside Metropolitan Borough Council|"}},
		{"possessive service", "a place and its service", "Ofsted rated Tameside's children's services.", []string{"Tameside|children's services"}},
		{"service in place", "a service in a place", "Children's services in Kestermoor improved.", []string{"Kestermoor|children's services"}},
		{"prison", "prisons are named by their prefix", "Inspectors visited HMP Wendlebury.", []string{"HMP Wendlebury|"}},
		{"described, not named", "'a Brackmoor school' describes a school without naming it", "A Brackmoor secondary school was inspected.", nil},
		{"report title", "'Inspection of' is not part of the body's name", "Inspection of Fenbridge Borough Council", []string{"Fenbridge Borough Council|"}},
		{"aside says what it is", "a name with no head noun, then 'a … home'", "Hafan Deg, a 34-bed home near the coast, was inspected.", []string{"Hafan Deg|"}},
		{"month before an aside", "a month is not a name", "After a visit in May, the school improved.", nil},
	} {
		doc := text.Parse(tc.in)
		var got []string
		for _, b := range entity.Bodies(doc) {
			got = append(got, b.Name+"|"+b.Service)
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s (%s): Bodies(%q) = %q; want %q", tc.name, tc.reason, tc.in, got, tc.want)
		}
	}
}

// TestRoleAsides covers roles set off after a name by a bracket, a pair of dashes, an
// age between commas or a copula, with a listed given name (the rules alone), with an
// unlisted one (read only with the tagger), and capitalised runs in the same shapes
// that are no one. Each case is written for this test.
func TestRoleAsides(t *testing.T) {
	tg := entity.NewTagger()
	for _, tc := range []struct {
		name, in string
		tagger   bool
		want     []string
	}{
		{"bracket", "Martin Hale (headteacher) thanked parents.", false, []string{"Martin Hale|headteacher|"}},
		{"dashes", "Helen Cole – chair of the Orrin Learning Trust – said so.", false, []string{"Helen Cole|chair|Orrin Learning Trust"}},
		{"age", "David Pike, 61, a parent governor, spoke first.", false, []string{"David Pike|parent governor|"}},
		{"copula", "Susan Vale is the deputy manager and runs the kitchen.", false, []string{"Susan Vale|deputy manager|"}},
		{"relative verb", "Mark Denby, who chairs the governors, welcomed it.", false, []string{"Mark Denby|chair of the governors|"}},
		{"relative verb, a body", "Joan Pell, who heads Orrin Valley Trust, said so.", false, []string{"Joan Pell|head|Orrin Valley Trust"}},
		{"possessive organisation", "Darnmoor Council's cabinet member for schools, Jenny Holt, said so.", false,
			[]string{"Jenny Holt|cabinet member for schools|Darnmoor Council"}},
		{"unlisted name, no tagger", "On Monday, Zephyrine Okonkwo (headteacher) thanked parents.", false, nil},
		{"unlisted name, tagger", "On Monday, Zephyrine Okonkwo (headteacher) thanked parents.", true,
			[]string{"Zephyrine Okonkwo|headteacher|"}},
		{"unlisted name, dashes", "In a letter, Ebunoluwa Radley – head of school – said so.", true, []string{"Ebunoluwa Radley|head of school|"}},
		{"heading with an open dash", "Staff Morale – registered manager thanks team", true, nil},
		{"possession, not a post", "Larch Court is the registered manager's pride.", true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := entity.Options{}
			if tc.tagger {
				o.Tagger = tg
			}
			var got []string
			for _, p := range entity.PeopleWith(text.Parse(tc.in), o) {
				if !p.Public {
					got = append(got, p.Name+"|"+p.Role+"|"+p.Org)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("PeopleWith(%q, tagger %v)\n got %q\nwant %q", tc.in, tc.tagger, got, tc.want)
			}
		})
	}
}

// TestLedeRoles checks the roles that open a paragraph as its subject, and the
// openings that are not one holder's role. Each case is written for this test.
func TestLedeRoles(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The leader of Brenlow Town Council has admitted the plan falls short.", "leader|Brenlow Town Council"},
		{"THE headteacher of a small Brenlow school said he was given too little time.", "headteacher|"},
		{"The inspectors found that pupils were safe.", ""},
		{"The report said the school was improving.", ""},
		{"&quot;The manager has made changes,&quot; the report said.", ""},
		{"\"The manager has made changes,\" the report said.", ""},
		{"Parents said the school had changed. The headteacher agreed.", ""},
	} {
		got := ""
		for _, l := range entity.LedeRoles(text.Parse(tc.in)) {
			got = l.Role + "|" + l.Org
		}
		if got != tc.want {
			t.Errorf("LedeRoles(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTitleLine checks a signature's title line and lines that are not one. Each case
// is written for this test.
func TestTitleLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"HM Chief Inspector of Prisons", "hm chief inspector of prisons"},
		{"Ofsted Inspector", "ofsted inspector"},
		{"Yours sincerely", ""},
		{"The inspector wrote to the school", ""},
		{"Brenlow Primary School", ""},
	} {
		doc := text.Parse(tc.in)
		if got := entity.TitleLine(doc, doc.Sentences()[0]); got != tc.want {
			t.Errorf("TitleLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
