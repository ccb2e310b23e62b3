package dashboard

import "html/template"

// icons are simple line pictures on a 24x24 grid, drawn in the text colour
// so they have its contrast. Pages put the words next to them; the pictures
// are hidden from screen readers. The live view gets the same table.
var icons = map[string]string{
	"tick":     `<path d="M4 12.5l5 5L20 6.5"/>`,
	"doing":    `<circle cx="12" cy="12" r="8.5"/><path d="M12 7v5l3.5 2"/>`,
	"todo":     `<circle cx="12" cy="12" r="8.5"/>`,
	"problem":  `<path d="M12 3L2.5 20h19z"/><path d="M12 9.5v5"/><path d="M12 17.2v.3"/>`,
	"person":   `<circle cx="12" cy="7.5" r="4"/><path d="M4 21c0-4.5 3.6-7.5 8-7.5s8 3 8 7.5"/>`,
	"people":   `<circle cx="8.5" cy="8" r="3.5"/><path d="M2 20c0-3.8 2.9-6.5 6.5-6.5S15 16.2 15 20"/><circle cx="17" cy="8.5" r="3"/><path d="M16.5 13.6c3 .2 5.5 2.6 5.5 6.4"/>`,
	"car":      `<path d="M3 16.5v-4l2.2-5.2c.3-.7 1-1.1 1.7-1.1h10.2c.7 0 1.4.4 1.7 1.1L21 12.5v4z"/><path d="M3 12.5h18"/><circle cx="7" cy="17.5" r="2"/><circle cx="17" cy="17.5" r="2"/>`,
	"home":     `<path d="M3 11.5L12 4l9 7.5"/><path d="M5.5 9.5V20h13V9.5"/><path d="M10 20v-5.5h4V20"/>`,
	"clock":    `<circle cx="12" cy="12" r="9"/><path d="M12 6.5V12l4 2.5"/>`,
	"text":     `<path d="M4 5h16v11H9l-5 4z"/><path d="M8 9h8M8 12.5h5"/>`,
	"star":     `<path d="M12 3l2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 16.8 6.6 19.7l1.1-6.1L3.2 9.4l6.1-.8z"/>`,
	"list":     `<path d="M9 6h11M9 12h11M9 18h11"/><path d="M4 6h.5M4 12h.5M4 18h.5"/>`,
	"calendar": `<rect x="3.5" y="5" width="17" height="15.5" rx="1.5"/><path d="M3.5 10h17M8 3v4M16 3v4"/>`,
	"print":    `<path d="M6.5 9V3.5h11V9"/><rect x="3" y="9" width="18" height="8" rx="1.5"/><path d="M6.5 14h11v6.5h-11z"/>`,
	"download": `<path d="M12 3.5v11"/><path d="M7 10l5 5 5-5"/><path d="M4 19.5h16"/>`,
	"upload":   `<path d="M12 15V4"/><path d="M7 8.5l5-5 5 5"/><path d="M4 19.5h16"/>`,
	"key":      `<circle cx="8" cy="12" r="4.5"/><path d="M12.5 12H21M18 12v3.5M21 12v3"/>`,
	"help":     `<circle cx="12" cy="12" r="9"/><path d="M9.3 9.3a2.8 2.8 0 1 1 3.9 2.6c-.8.4-1.2 1-1.2 1.9v.7"/><path d="M12 17.2v.3"/>`,
	"signout":  `<path d="M14 4H5v16h9"/><path d="M10 12h11M17 8l4 4-4 4"/>`,
	"plus":     `<path d="M12 4.5v15M4.5 12h15"/>`,
	"undo":     `<path d="M9 5L4 10l5 5"/><path d="M4 10h10a6 6 0 0 1 0 12h-3"/>`,
	"pencil":   `<path d="M4 20l1-5L16 4l4 4L9 19z"/><path d="M13.5 6.5l4 4"/>`,
	"camera":   `<path d="M3 8h4l2-2.5h6L17 8h4v11.5H3z"/><circle cx="12" cy="13.5" r="3.5"/>`,
	"wipe":     `<path d="M4 7h16M9.5 7V4h5v3M6 7l1 13h10l1-13"/><path d="M10 11v5M14 11v5"/>`,
	"kiosk":    `<rect x="3" y="4" width="18" height="12.5" rx="1.5"/><path d="M9 20.5h6M12 16.5v4"/>`,
	"live":     `<circle cx="12" cy="12" r="3"/><path d="M6.5 6.5a8 8 0 0 0 0 11M17.5 6.5a8 8 0 0 1 0 11"/>`,
	"copy":     `<rect x="8" y="8" width="12" height="12" rx="1.5"/><path d="M16 8V4H4v12h4"/>`,
	"late":     `<circle cx="12" cy="13" r="8"/><path d="M12 8.5V13l3 2"/><path d="M4 4.5l3-2M20 4.5l-3-2"/>`,
	"phone":    `<rect x="6.5" y="2.5" width="11" height="19" rx="2"/><path d="M11 18.5h2"/>`,
	"flag":     `<path d="M5 21V4"/><path d="M5 4.5h12l-2.5 4 2.5 4H5"/>`,
	"up":       `<path d="M12 19.5V5"/><path d="M6 11l6-6 6 6"/>`,
	"down":     `<path d="M12 4.5V19"/><path d="M6 13l6 6 6-6"/>`,
	"off":      `<circle cx="12" cy="12" r="9"/><path d="M5.7 5.7l12.6 12.6"/>`,
}

// iconSVG returns the inline SVG of name; its class sizes it.
func iconSVG(name string) string {
	body, ok := icons[name]
	if !ok {
		body = icons["help"]
	}
	return `<svg class="ic ic-` + name + `" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" ` +
		`stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">` + body + `</svg>`
}

// icon is the template function.
func icon(name string) template.HTML { return template.HTML(iconSVG(name)) }
