package dashboard

import (
	"bytes"
	"context"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	_ "image/png" // people upload PNGs too
	"runtime"

	"github.com/clubnight/clubnight/night"
)

// Decoding a photo takes memory by its pixels, not by its file: a 186 KB
// PNG can claim 24 million 16-bit pixels. So the cost of a decode is
// worked out from the header before anything is decoded, a photo over
// budget is refused, and only a few decode at once. Peak memory for photos
// is then about slots x budget, whatever is uploaded.
const (
	// maxPixels bounds a photo's size: a 12-megapixel phone photo fits.
	maxPixels = 16_000_000
	// DecodeBudget is the most memory one decode may need.
	DecodeBudget = 96 << 20
	// DecodeSlots is how many photos may decode at once.
	DecodeSlots = 2
	// uploadSlots is how many uploads may be read and wait at once (each
	// holds its file, at most MaxPhotoBytes).
	uploadSlots = 8
	// bigDecode is a decode big enough to collect after.
	bigDecode = 8 << 20
)

// photoDecoder turns uploads into small JPEGs within a memory budget.
type photoDecoder struct {
	budget  int64
	slots   chan struct{}
	uploads chan struct{}
}

func newPhotoDecoder(budget int64, slots int) *photoDecoder {
	return &photoDecoder{budget: budget, slots: make(chan struct{}, slots), uploads: make(chan struct{}, uploadSlots)}
}

// admit takes an upload slot, or reports false when all are taken.
func (p *photoDecoder) admit() bool {
	select {
	case p.uploads <- struct{}{}:
		return true
	default:
		return false
	}
}

func (p *photoDecoder) leave() { <-p.uploads }

// decodeCost is the memory decoding a photo takes, from its header: the
// decoded pixels, plus a progressive JPEG's coefficients (4 bytes a pixel
// for each of its components) or an interlaced PNG's passes.
func decodeCost(cfg image.Config, format string, data []byte) int64 {
	px := int64(cfg.Width) * int64(cfg.Height)
	var perPixel int64
	switch cfg.ColorModel {
	case color.GrayModel, color.AlphaModel:
		perPixel = 1
	case color.Gray16Model, color.Alpha16Model:
		perPixel = 2
	case color.YCbCrModel:
		perPixel = 3
	case color.RGBAModel, color.NRGBAModel, color.CMYKModel:
		perPixel = 4
	default:
		if _, ok := cfg.ColorModel.(color.Palette); ok {
			perPixel = 1
		} else {
			perPixel = 8 // 16-bit colour, or anything unknown
		}
	}
	cost := px * perPixel
	switch {
	case format == "jpeg" && jpegProgressive(data):
		cost += px * 4 * 4
	case format == "png" && len(data) > 28 && data[28] == 1: // interlaced
		cost *= 2
	}
	return cost
}

// jpegProgressive reports whether a JPEG's frame is progressive (SOF2).
func jpegProgressive(jpg []byte) bool {
	i := 2
	for i+4 <= len(jpg) {
		if jpg[i] != 0xFF {
			return true // cannot tell: assume the dearer kind
		}
		marker := jpg[i+1]
		switch marker {
		case 0xC2, 0xC6, 0xCA, 0xCE:
			return true
		case 0xC0, 0xC1, 0xC3, 0xC5, 0xC7, 0xC9, 0xCB, 0xCD:
			return false
		case 0xDA, 0xD9:
			return true
		}
		size := int(binary.BigEndian.Uint16(jpg[i+2:]))
		if size < 2 {
			return true
		}
		i += 2 + size
	}
	return true
}

// Process decodes a JPEG or PNG, turns it the right way up, makes it at
// most PhotoSize pixels on its longest side and encodes it as JPEG. It
// waits for a decode slot while ctx lasts.
func (p *photoDecoder) Process(ctx context.Context, data []byte) ([]byte, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (format != "jpeg" && format != "png") {
		return nil, night.Errorf(night.Invalid, "That is not a photo we can use. Please use a JPEG or PNG.")
	}
	cost := decodeCost(cfg, format, data)
	if cfg.Width <= 0 || cfg.Height <= 0 || int64(cfg.Width)*int64(cfg.Height) > maxPixels || cost > p.budget {
		return nil, night.Errorf(night.Invalid, "That photo is too big to use. Please use a smaller one, like a photo from a phone.")
	}
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, night.Errorf(night.Busy, "Many photos are being added just now. Please try again in a minute.")
	}
	small, err := decodeSmall(data, format)
	if cost >= bigDecode {
		// The full-size pixels are garbage now. Collect them before the
		// next decode starts, or the heap may grow to twice the budget
		// before the collector runs by itself. Photos are added rarely,
		// so the pause does not matter.
		runtime.GC()
	}
	<-p.slots
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, small, &jpeg.Options{Quality: 85}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decodeSmall decodes data and shrinks it; the full-size image is garbage
// once it returns.
func decodeSmall(data []byte, format string) (*image.RGBA, error) {
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, night.Errorf(night.Invalid, "That photo seems to be broken. Please try another.")
	}
	small := shrink(img, PhotoSize)
	if format == "jpeg" {
		small = orient(small, exifOrientation(data))
	}
	return small, nil
}
