package kiosk

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"sync"
)

// Browsers ask for /favicon.ico on every page (kiosk, dashboard, /sim);
// without one each page logs a 404. The icon is Clubnight's star drawn in
// yellow on the kiosk's dark blue, made once as a 32x32 PNG.

var favicon = sync.OnceValue(func() []byte {
	const size = 32
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	bg := color.NRGBA{0x0d, 0x11, 0x17, 0xff}
	star := color.NRGBA{0xff, 0xd5, 0x4f, 0xff}
	// A five-pointed star: a point is inside when it is inside the
	// pentagram's outline, tested with the even-odd rule.
	pts := [][2]float64{{16, 2}, {20, 12}, {30, 12.5}, {22.5, 19}, {25, 29.5}, {16, 23.5}, {7, 29.5}, {9.5, 19}, {2, 12.5}, {12, 12}}
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			img.Set(x, y, bg)
			px, py := float64(x)+0.5, float64(y)+0.5
			in := false
			for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
				a, b := pts[i], pts[j]
				if (a[1] > py) != (b[1] > py) && px < (b[0]-a[0])*(py-a[1])/(b[1]-a[1])+a[0] {
					in = !in
				}
			}
			if in {
				img.Set(x, y, star)
			}
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
})

// registerFavicon serves /favicon.ico.
func registerFavicon(mux *http.ServeMux) {
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Header().Set("Cache-Control", "public, max-age=86400")
		_, _ = w.Write(favicon())
	})
}
