package dashboard_test

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"testing"

	"github.com/clubnight/clubnight/dashboard"
)

// jpegWithOrientation returns a w x h JPEG, red at the top-left corner,
// with an EXIF orientation tag.
func jpegWithOrientation(t *testing.T, w, h, o int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.RGBA{255, 255, 255, 255}
			if x < w/4 && y < h/4 {
				c = color.RGBA{255, 0, 0, 255}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 95}); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	// APP1 Exif, little-endian TIFF, one IFD entry: orientation.
	var tiff bytes.Buffer
	tiff.WriteString("II")
	_ = binary.Write(&tiff, binary.LittleEndian, uint16(42))
	_ = binary.Write(&tiff, binary.LittleEndian, uint32(8))
	_ = binary.Write(&tiff, binary.LittleEndian, uint16(1))
	_ = binary.Write(&tiff, binary.LittleEndian, uint16(0x0112))
	_ = binary.Write(&tiff, binary.LittleEndian, uint16(3))
	_ = binary.Write(&tiff, binary.LittleEndian, uint32(1))
	_ = binary.Write(&tiff, binary.LittleEndian, uint16(o))
	_ = binary.Write(&tiff, binary.LittleEndian, uint16(0))
	_ = binary.Write(&tiff, binary.LittleEndian, uint32(0))
	seg := append([]byte("Exif\x00\x00"), tiff.Bytes()...)
	app1 := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(app1[2:], uint16(len(seg)+2))
	out := append([]byte{0xFF, 0xD8}, app1...)
	out = append(out, seg...)
	return append(out, data[2:]...)
}

func TestProcessPhoto_Orientation(t *testing.T) {
	for _, tc := range []struct {
		o          int
		w, h       int
		redCornerX int // 0 left, 1 right
		redCornerY int // 0 top, 1 bottom
	}{
		{1, 1024, 512, 0, 0},
		{3, 1024, 512, 1, 1},
		{6, 512, 1024, 1, 0}, // turned clockwise: the top-left goes to the top-right
		{8, 512, 1024, 0, 1},
	} {
		out, err := dashboard.ProcessPhoto(jpegWithOrientation(t, 1024, 512, tc.o))
		if err != nil {
			t.Fatal(err)
		}
		img, err := jpeg.Decode(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		b := img.Bounds()
		wantW, wantH := tc.w/2, tc.h/2
		if b.Dx() != wantW || b.Dy() != wantH {
			t.Fatalf("orientation %d: %dx%d, want %dx%d", tc.o, b.Dx(), b.Dy(), wantW, wantH)
		}
		x := 5 + tc.redCornerX*(b.Dx()-10)
		y := 5 + tc.redCornerY*(b.Dy()-10)
		r, g, _, _ := img.At(x, y).RGBA()
		if r>>8 < 200 || g>>8 > 80 {
			t.Errorf("orientation %d: the red corner is not at (%d,%d)", tc.o, x, y)
		}
	}
}
