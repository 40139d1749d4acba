package findings

import (
	"sort"
	"strings"

	"github.com/verdictnlp/verdict/text"
)

// fsection is a stretch of findings opened by a section cue: the polarity of its items
// without a cue word (0: the majority of those with one), and the counts for that.
type fsection struct {
	def      int
	pos, neg int
	list     bool // a list: uncued items take the majority of the cued ones
}

func (x *fsection) lean() int {
	if x.def != 0 || !x.list {
		return x.def
	}
	switch {
	case x.pos > x.neg:
		return 1
	case x.neg > x.pos:
		return -1
	}
	return 0
}

func fCueDefault(cue uint8) int {
	switch cue {
	case fsPositive:
		return 1
	case fsFailure:
		return -1
	}
	return 0
}

// fscan is the state of run's walk: the sections opened so far and which of them are
// current (an index into secs, -1 for none).
type fscan struct {
	secs                 []fsection
	heading, list, short int
	shortLeft            int  // paragraphs the short section still covers
	ended                bool // after "Notes to editors" and the like
}

func (x *fscan) open(def int) int {
	x.secs = append(x.secs, fsection{def: def})
	return len(x.secs) - 1
}

// current is the section a sentence falls in: a list's, else a short one's, else a
// heading's.
func (x *fscan) current() int {
	switch {
	case x.list >= 0:
		return x.list
	case x.short >= 0:
		return x.short
	}
	return x.heading
}

// run walks the paragraphs in order, keeping the section, and collects the items.
func (c *findCtx) run() {
	x := &fscan{secs: c.buf.secs[:0], heading: -1, list: -1, short: -1}
	defer func() { c.buf.secs = x.secs[:0] }() // the sections are the call's scratch too
	lastFrame := fspNone                       // the frame of the previous paragraph's last sentence
	for p0 := 0; c.ready > 0 || c.nextSent < len(c.doc.Sentences()); {
		p1 := c.ready - 1
		if c.ready = 0; p1 < 0 {
			p1 = c.window(p0, true)
		}
		c.markWindow()
		for pi := p0; pi < p1; pi++ {
			if pi%2048 == 2047 && c.in.Ctx != nil && c.in.Ctx.Err() != nil {
				c.endItems(x.secs)
				return // the call is cancelled: ExtractContext returns its error
			}
			lastFrame = c.paragraph(x, pi, lastFrame)
		}
		c.endItems(x.secs)
		p0 = p1
	}
	for k := range c.items {
		it := &c.items[k]
		if it.pol == 0 && it.sec > 0 {
			it.pol = int8(x.secs[it.sec-1].lean())
		}
	}
}

// paragraph reads paragraph pi: it ends the sections that stop before it, opens those
// its cue sentence opens, and adds the items of its other sentences. lastFrame is the
// frame of the paragraph before's last sentence; it returns its own.
func (c *findCtx) paragraph(x *fscan, pi int, lastFrame fSpeaker) fSpeaker {
	doc := c.doc
	p := doc.Paragraphs()[pi]
	bullet := fIsBullet(doc, p)
	head := !bullet && c.heading(pi)
	if x.list >= 0 && !bullet {
		x.list = -1
	}
	if x.short >= 0 {
		if x.shortLeft--; x.shortLeft < 0 {
			x.short = -1
		}
	}
	cue, cueK := c.paragraphCue(pi)
	if cue == 0 && c.reportPage && head {
		if def, ok := c.gradeHeading(p); ok {
			x.heading, x.list, x.short, x.ended = x.open(def), -1, -1, false
		}
	}
	atts := c.attributions(pi)
	prevFrame := fspNone
	if c.opensWithContrast(p.First) {
		prevFrame = lastFrame // "However, …" carries on the paragraph before
	}
	lastFrame = fspNone
	for k := range atts {
		si := p.First + k
		// No list of the sentence before is still read: the arena holds one sentence's
		// lists, not a paragraph's (a text of one long paragraph has many).
		c.arena = c.arena[:0]
		if cue != 0 && k == cueK {
			c.openCue(x, pi, si, cue, k == len(atts)-1)
			continue
		}
		if x.ended {
			continue
		}
		sec := x.current()
		frame := c.frame(si, atts[k], sec, prevFrame)
		prevFrame, lastFrame = frame, frame
		if c.trace != nil {
			c.trace(si, frame, sec)
		}
		if frame == fspOther || sec < 0 && head {
			// A heading outside a findings section is a headline or a page's title:
			// it announces the story, it is not a clause of the findings.
			continue
		}
		c.sentence(si, frame == fspInspector, sec, !head, &x.secs)
	}
	return lastFrame
}

// attributions says who speaks in each sentence of paragraph pi, before its sentences
// are read: a quotation can come before its attribution ("…,” the report read).
func (c *findCtx) attributions(pi int) []fSpeaker {
	p := c.doc.Paragraphs()[pi]
	// The list lives in the call's scratch: paragraph reads it before it asks again.
	atts := fReuse(&c.buf.atts, p.Last-p.First)
	for k := range atts {
		si := p.First + k
		c.noteInspectorNames(si)
		atts[k] = c.attribution(si)
		if atts[k] != fspNone && c.paraSpeaker[pi] == fspNone {
			c.paraSpeaker[pi] = atts[k]
		}
	}
	c.setQuoteSpeakers(pi)
	return atts
}

// openCue opens the section that cue sentence si of paragraph pi announces, from the
// next sentence on; last says whether si ends its paragraph.
func (c *findCtx) openCue(x *fscan, pi, si int, cue uint8, last bool) {
	if cue == fsEnd {
		x.heading, x.list, x.short, x.ended = -1, -1, -1, true
		return
	}
	x.ended = false
	def := fCueDefault(cue)
	if cue == fsFlip {
		def = x.flipped()
	}
	sec := x.open(def)
	doc, paras := c.doc, c.doc.Paragraphs()
	text := strings.TrimSpace(doc.Slice(doc.Sentences()[si].Range))
	switch {
	case strings.HasSuffix(text, ":") && pi+1 < len(paras) && fIsBullet(doc, paras[pi+1]):
		x.list = sec
		x.secs[sec].list = true
	case c.heading(pi) || strings.HasSuffix(text, ":"):
		x.heading, x.list, x.short = sec, -1, -1
	default:
		// "There were positives." covers the rest of its paragraph, and the next one
		// when it is all of its own.
		x.short, x.shortLeft = sec, 0
		if last {
			x.shortLeft = 1
		}
	}
}

// flipped is the polarity of a section that turns from the one before ("On the other
// hand"): the opposite of the current list's, heading's or last section's lean, and
// positive when there is none.
func (x *fscan) flipped() int {
	prev := x.list
	if prev < 0 {
		prev = x.heading
	}
	if prev < 0 && len(x.secs) > 0 {
		prev = len(x.secs) - 1
	}
	def := 0
	if prev >= 0 {
		def = -x.secs[prev].lean()
	}
	if def == 0 {
		def = 1
	}
	return def
}

// frame is whose words sentence si is: its attribution att, else the speaker of the
// quotation it lies in, else a guess from the first person, the section sec and the
// frame of the sentence before (prev).
func (c *findCtx) frame(si int, att fSpeaker, sec int, prev fSpeaker) fSpeaker {
	frame := att
	if frame == fspNone {
		frame = c.quoteSpeaker(si)
	}
	if frame != fspNone && frame != fspUnknown {
		return frame
	}
	switch {
	case !c.reportPage && c.firstPersonOther(si, frame == fspUnknown):
		// "Our team could not have worked harder", "I can tell you …" in a news story
		// or a provider's letter: the writer's own words. So is a quotation no one is
		// named for, in the first person ("it is a job for us"): never the report's.
		return fspOther
	case sec >= 0 || c.reportPage:
		return fspInspector
	case prev == fspInspector:
		return fspInspector
	}
	return frame
}

// sentence adds the clauses of sentence si as items. uncued says whether a clause
// without a cue word may take its section's polarity (not in a heading).
func (c *findCtx) sentence(si int, framed bool, sec int, uncued bool, secs *[]fsection) {
	a, b := c.sentWords(si)
	// A condition states no finding: "If enough improvement has not been made, …".
	for k := a; k < b; k++ {
		if !c.ws[k].punct() {
			if c.is(c.ws[k], "if") || c.is(c.ws[k], "unless") {
				return
			}
			break
		}
	}
	if c.continuesBackground(si, a, b) {
		c.background = si + 1
		return // "This means …" after a grade's description goes on describing it
	}
	prevPol, imper := 0, false
	planned := 0
	cls := c.clauses(a, b)
	for _, cl := range cls {
		if cl[0] = c.afterPlan(cl[0], cl[1]); cl[0] < 0 {
			if planned++; planned == len(cls) {
				c.background = si + 1
			}
			continue // a plan or next step is not a finding
		}
		opener := c.opener(cl[0], cl[1])
		wa, wb, ok := c.clauseWords(cl[0], cl[1])
		if !ok || c.words(c.pastNumbering(cl[0], cl[1]), cl[1]) < 2 {
			continue // "2. Improvements" is a numbered heading
		}
		if c.gradeOnly(cl[0], cl[1]) {
			continue // a clause that only states a grade is a judgement
		}
		prior := 0
		if sec >= 0 {
			prior = (*secs)[sec].def
		}
		pol := c.polarity(cl[0], cl[1], framed, prior)
		if imper = c.clauseImperative(a, cl, imper); imper {
			pol = -1
		}
		if pol == 0 && (opener == "apart" || opener == "except") {
			pol = -prevPol // "respected, apart from the splitting of families"
		}
		if pol != 0 {
			prevPol = pol
		}
		if pol == 0 && (sec < 0 || !uncued || c.words(cl[0], cl[1]) < 4 || c.maskedIn(cl[0], cl[1])) {
			continue
		}
		it := fItem{a: int32(wa), b: int32(wb), start: uint32(c.rng(c.ws[wa]).Start), pol: int8(pol), sec: int32(sec + 1)}
		if sec >= 0 {
			switch {
			case pol > 0:
				(*secs)[sec].pos++
			case pol < 0:
				(*secs)[sec].neg++
			}
		}
		// Two clauses of one sentence with the same polarity are one finding.
		if n := len(c.items); n > 0 && pol != 0 && c.items[n-1].pol == it.pol && c.items[n-1].sec == it.sec &&
			c.doc.SentenceAt(int(c.items[n-1].start)) == si {
			c.items[n-1].b = it.b
			continue
		}
		c.items = append(c.items, it)
	}
}

// continuesBackground reports a sentence that opens with "This" right after a sentence
// of the same paragraph that was all plan or background ("Grade 2 is given to settings
// that … . This means that children …"): it goes on with what that one said.
func (c *findCtx) continuesBackground(si, a, b int) bool {
	if ss := c.doc.Sentences(); c.background != si || si == 0 || ss[si].Para != ss[si-1].Para {
		return false
	}
	return c.opener(a, b) == "this"
}

// words counts the words (not punctuation) in ws[a:b].
func (c *findCtx) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if !c.ws[i].punct() {
			n++
		}
	}
	return n
}

// gradeHeading reads a report page's heading that ends in a grade ("The experiences and
// progress of children in care: good", "Inadequate ⬇"): a section whose uncued items
// are strengths under a good grade and take their own cues otherwise.
func (c *findCtx) gradeHeading(p text.Paragraph) (int, bool) {
	for _, f := range c.in.Found {
		if !p.Contains(f.Range) {
			continue
		}
		tail := c.doc.Text()[f.Range.End:p.End]
		if strings.IndexFunc(tail, func(r rune) bool { return r < 0x2000 && r != ' ' && r != '.' }) >= 0 {
			continue
		}
		if fIsTopGrade(f.Grade.String()) {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func fIsTopGrade(g string) bool {
	switch g {
	case "outstanding", "good", "exceptional", "strong standard", "excellent", "very good":
		return true
	}
	return false
}

// quoteSpeaker is the speaker of the quotation sentence si lies in (more than half of
// its words), or fspNone. The quote stage's quotes are used when it has found any.
func (c *findCtx) quoteSpeaker(si int) fSpeaker {
	if qs := c.in.Quotes; len(qs) > 0 {
		// Quotes are in input order and do not overlap: the first that ends after the
		// sentence starts is the only one that can hold most of it.
		sp := c.doc.Span(c.doc.Sentences()[si].Range)
		k := sort.Search(len(qs), func(k int) bool { return qs[k].Span.End > sp.Start })
		if k < len(qs) {
			q := qs[k]
			lo, hi := max(sp.Start, q.Span.Start), min(sp.End, q.Span.End)
			if hi > lo && 2*(hi-lo) > sp.Len() {
				return fReportQuoteSpeaker(q, c.inspectorName)
			}
		}
		return fspNone
	}
	a, b := c.sentWords(si)
	in, all := 0, 0
	for i := a; i < b; i++ {
		if c.ws[i].punct() {
			continue
		}
		all++
		if c.inSpeech(i) {
			in++
		}
	}
	q := int(c.sentQuote[si-c.s0])
	if q == 0 || 2*in <= all {
		return fspNone
	}
	return c.quotes[q-1].who
}

// opensParagraph reports a quotation whose first part, starting at partStart just after
// its opening mark, has nothing but space before that mark in its paragraph, which
// starts at paraStart. A part that starts the paragraph itself, its mark having ended
// the paragraph before ("… said: “" then the words), opens it too (the slice to the
// mark ran backwards there, and the call panicked).
func opensParagraph(t string, paraStart, partStart int) bool {
	return strings.TrimSpace(t[paraStart:max(paraStart, partStart-1)]) == ""
}

// setQuoteSpeakers gives the quotations that open in paragraph pi their speaker: the
// paragraph's attribution, or the lead-in paragraph's before it ("She added:").
func (c *findCtx) setQuoteSpeakers(pi int) {
	t := c.doc.Text()
	paras := c.doc.Paragraphs()
	for ; c.qNext < len(c.quotes) && int(c.quotes[c.qNext].para) <= pi; c.qNext++ {
		q := &c.quotes[c.qNext]
		if int(q.para) != pi {
			continue
		}
		q.who = c.paraSpeaker[pi]
		// A quotation that opens its paragraph without an attribution belongs to the
		// speaker of the paragraph before: a lead-in ("She added:") or the one who was
		// just introduced ("Ms Ash said she hoped …" then "“I don't want …”").
		if q.who == fspNone && pi > 0 && q.b > q.a && opensParagraph(t, paras[pi].Start, c.quoteParts[q.a].Start) {
			q.who = c.paraSpeaker[pi-1]
		}
		if q.who == fspNone {
			q.who = fspUnknown
		}
	}
}

// imperative reports a sentence that opens, after any bullet mark or number, with an
// instruction ("Ensure that all staff …", "3.2 Improve the recording of …"): a
// recommendation, so a failure.
func (c *findCtx) imperative(a, b int, upper bool) bool {
	for a < b && (c.ws[a].punct() || c.word(c.ws[a])[0] >= '0' && c.word(c.ws[a])[0] <= '9') {
		a++
	}
	if a >= b || upper && !c.ws[a].upper() {
		return false
	}
	return fImperativeLex.at(c.ws, a, b) != nil
}

// clauseImperative reports a clause of the sentence opening at a that is an instruction:
// one that opens the sentence, one that follows a semicolon after an instruction
// ("Ensure …; improve …"), or one with a colon that an instruction follows ("was
// advised to: “Ensure …"). prev says whether the clause before was one.
func (c *findCtx) clauseImperative(a int, cl [2]int, prev bool) bool {
	if cl[0] == a {
		if c.imperative(a, cl[1], true) {
			return true
		}
	} else if prev && c.word(c.ws[cl[0]-1]) == ";" && c.imperative(cl[0], cl[1], false) {
		return true
	}
	for k := cl[0]; k+1 < cl[1]; k++ {
		if c.is(c.ws[k], ":") && c.imperative(k+1, cl[1], true) {
			return true
		}
	}
	return false
}

// gradeOnly reports a clause that states a grade or its movement and nothing found
// besides: it holds a rating word ("rated", "graded as"), and every strength or failure
// word in it is a grade word or a word of movement ("improved", "excellent") near a
// grade or a rating word, or lies in a grade the judgement stage found. The grade need
// not be one the judgement stage kept: an earlier grade in other words ("had been
// graded as weak") is no finding either.
func (c *findCtx) gradeOnly(a, b int) bool {
	rates := c.matches(&fRatingLex, a, b)
	if len(rates) == 0 {
		return false
	}
	for i := a; i+1 < b; i++ {
		if c.isWord(c.ws[i], fWordToo) {
			return false // "too many", "for too long": a finding besides the grade
		}
	}
	areas := c.matches(&fAreaLex, a, b)
	for _, m := range c.matches(&fCueLex, a, b) {
		if m.e.class != fcPos && m.e.class != fcFail || c.maskedIn(m.i, m.j) || c.areaLabel(m, a, areas) {
			continue
		}
		capability := m.j-m.i == 2 && c.word(c.ws[m.i+1]) == "at" // "judged good at investigating crime"
		if m.j-m.i > 1 && !capability || !fGradeCues[c.word(c.ws[m.i])] || !c.nearGrade(m.i, a, b, rates) {
			return false
		}
	}
	return true
}

// areaLabel reports a cue word that is an area's name given by its key question
// ("on whether its care is effective, caring and well-led"): an area led into by a word
// of fAreaLeads within four words, or following another such area in a list.
func (c *findCtx) areaLabel(m fmatch, a int, areas []fmatch) bool {
	for k, ar := range areas {
		if ar.i > m.i || ar.j < m.j {
			continue
		}
		if k > 0 && c.words(areas[k-1].j, ar.i) <= 2 && c.areaLabel(areas[k-1], a, areas[:k]) {
			return true
		}
		for i := max(a, ar.i-5); i < ar.i; i++ {
			if fAreaLeads[c.word(c.ws[i])] {
				return true
			}
		}
	}
	return false
}

// nearGrade reports whether word i lies within four words of a grade or a rating word:
// "its rating has improved", not "have improved considerably since the last inspection,
// when they were judged inadequate".
func (c *findCtx) nearGrade(i, a, b int, rates []fmatch) bool {
	for k := max(a, i-4); k < min(b, i+5); k++ {
		if c.masked(k) {
			return true
		}
	}
	for _, r := range rates {
		if r.j > i-4 && r.i < i+5 {
			return true
		}
	}
	return false
}

// opener is the first word of words [a, b), lower case, or "".
func (c *findCtx) opener(a, b int) string {
	for k := a; k < b; k++ {
		if !c.ws[k].punct() {
			return c.word(c.ws[k])
		}
	}
	return ""
}

// opensWithContrast reports a sentence that opens with a contrast word set off by a
// comma ("However, …"): it answers the sentence before, so it speaks in the same voice.
// "But that is …" without the comma is as often the writer's own comment.
func (c *findCtx) opensWithContrast(si int) bool {
	if si-c.s0 >= len(c.sentW) {
		return false
	}
	a, b := c.sentWords(si)
	for k := a; k < b; k++ {
		if !c.ws[k].punct() {
			return fIsContrast(c.word(c.ws[k])) && k+1 < b && c.word(c.ws[k+1]) == ","
		}
	}
	return false
}

// afterPlan is where the finding of clause [a, b) starts: a, or, when the clause holds a
// plan or next step, the word after it that gives its reason ("are proposing to shut
// the home after finding …"), or -1 when nothing follows the plan.
func (c *findCtx) afterPlan(a, b int) int {
	ms := c.matches(&fPlanLex, a, b)
	if len(ms) == 0 {
		return a
	}
	last := ms[len(ms)-1]
	for k := last.j; k < b; k++ {
		if w := c.word(c.ws[k]); w == "after" || w == "because" {
			return k + 1
		}
	}
	return -1
}

// pastNumbering is the first word of [a, b) after punctuation and a list number ("2.",
// "3.5").
func (c *findCtx) pastNumbering(a, b int) int {
	for a < b && (c.ws[a].punct() || c.word(c.ws[a])[0] >= '0' && c.word(c.ws[a])[0] <= '9') {
		a++
	}
	return a
}
