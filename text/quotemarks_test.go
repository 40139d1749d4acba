package text

import "testing"

func TestMarkShapeAt(t *testing.T) {
	src := "The head said: \u201cWe\u2019re \u2018proud\u2019\u201d and 'glad' \"now\"."
	d := Parse(src)
	want := map[byte][]MarkShape{
		'"':  {OpenDouble, CloseDouble, StraightDouble, StraightDouble},
		'\'': {CloseSingle, OpenSingle, CloseSingle, StraightSingle, StraightSingle},
	}
	got := map[byte][]MarkShape{}
	for i := 0; i < len(d.Text()); i++ {
		if c := d.Text()[i]; c == '"' || c == '\'' {
			got[c] = append(got[c], d.MarkShapeAt(i))
		}
	}
	for c, w := range want {
		if len(got[c]) != len(w) {
			t.Fatalf("%q marks: got %v, want %v", c, got[c], w)
		}
		for k := range w {
			if got[c][k] != w[k] {
				t.Errorf("%q mark %d: got %v, want %v", c, k, got[c][k], w[k])
			}
		}
	}
	if s := d.MarkShapeAt(0); s != StraightDouble {
		t.Errorf("a letter's shape = %v, want StraightDouble", s)
	}
}

func TestMarkShapeFamilies(t *testing.T) {
	for _, c := range []struct {
		s              MarkShape
		single, o, cls bool
	}{
		{StraightDouble, false, false, false},
		{OpenDouble, false, true, false},
		{CloseDouble, false, false, true},
		{StraightSingle, true, false, false},
		{OpenSingle, true, true, false},
		{CloseSingle, true, false, true},
	} {
		if c.s.Single() != c.single || c.s.Opens() != c.o || c.s.Closes() != c.cls {
			t.Errorf("%v: Single %v Opens %v Closes %v", c.s, c.s.Single(), c.s.Opens(), c.s.Closes())
		}
	}
}
