package extract

// dates finds the dates the text gives and their roles (see Date).
func (s *state) dates() {}
