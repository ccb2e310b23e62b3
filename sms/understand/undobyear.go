package understand

// undoByEar mends "undo" spelt the way it is said, its last sound written
// with any run of vowels, w or h: "unduw", "undooh", "unndoo".
// Only a word nobody knows comes here, so "undue" and "under" keep their
// own meaning; a run of plain vowels one letter away ("undu") is mended
// already by nearest.
func undoByEar(w string) string {
	i := 0
	for i < len(w) && w[i] == 'u' {
		i++
	}
	if i != 1 {
		return ""
	}
	for i < len(w) && w[i] == 'n' {
		i++
	}
	if i < 2 || i >= len(w) || w[i] != 'd' {
		return ""
	}
	i++
	if i == len(w) || !isVowel(w[i]) {
		return "" // "und" alone, or "undr"
	}
	for ; i < len(w); i++ {
		if !isVowel(w[i]) && w[i] != 'w' && w[i] != 'h' {
			return ""
		}
	}
	return "undo"
}
