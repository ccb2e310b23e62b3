package dashboard

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
)

// shrink returns img on a white background, scaled down by averaging
// boxes of pixels so that its longest side is at most max. A smaller image
// keeps its size. It works through the source a strip of rows at a time,
// so it never holds a second full-size copy. (golang.org/x/image is not a
// dependency of this module.)
func shrink(img image.Image, max int) *image.RGBA {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	nw, nh := w, h
	if w > max || h > max {
		if w >= h {
			nw, nh = max, (h*max+w/2)/w
		} else {
			nw, nh = (w*max+h/2)/h, max
		}
	}
	nw, nh = maxInt(nw, 1), maxInt(nh, 1)
	if nw == w && nh == h {
		src := image.NewRGBA(image.Rect(0, 0, w, h))
		draw.Draw(src, src.Bounds(), &image.Uniform{C: color.White}, image.Point{}, draw.Src)
		draw.Draw(src, src.Bounds(), img, b.Min, draw.Over)
		return src
	}
	dst := image.NewRGBA(image.Rect(0, 0, nw, nh))
	strip := image.NewRGBA(image.Rect(0, 0, w, h/nh+2))
	for y := 0; y < nh; y++ {
		y0 := y * h / nh
		y1 := maxInt((y+1)*h/nh, y0+1)
		rows := image.Rect(0, 0, w, y1-y0)
		draw.Draw(strip, rows, &image.Uniform{C: color.White}, image.Point{}, draw.Src)
		draw.Draw(strip, rows, img, image.Point{X: b.Min.X, Y: b.Min.Y + y0}, draw.Over)
		for x := 0; x < nw; x++ {
			x0 := x * w / nw
			x1 := maxInt((x+1)*w/nw, x0+1)
			var r, g, bl, n uint32
			for sy := 0; sy < y1-y0; sy++ {
				row := strip.Pix[sy*strip.Stride:]
				for sx := x0; sx < x1; sx++ {
					p := row[sx*4 : sx*4+4]
					r += uint32(p[0])
					g += uint32(p[1])
					bl += uint32(p[2])
					n++
				}
			}
			o := dst.Pix[y*dst.Stride+x*4:]
			o[0], o[1], o[2], o[3] = uint8(r/n), uint8(g/n), uint8(bl/n), 255
		}
	}
	return dst
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// orient turns an image the right way up for its EXIF orientation (1-8);
// phones store photos sideways and say so there.
func orient(src *image.RGBA, o int) *image.RGBA {
	if o < 2 || o > 8 {
		return src
	}
	w, h := src.Bounds().Dx(), src.Bounds().Dy()
	dw, dh := w, h
	if o >= 5 {
		dw, dh = h, w
	}
	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	for sy := 0; sy < h; sy++ {
		for sx := 0; sx < w; sx++ {
			var dx, dy int
			switch o {
			case 2:
				dx, dy = w-1-sx, sy
			case 3:
				dx, dy = w-1-sx, h-1-sy
			case 4:
				dx, dy = sx, h-1-sy
			case 5:
				dx, dy = sy, sx
			case 6:
				dx, dy = h-1-sy, sx
			case 7:
				dx, dy = h-1-sy, w-1-sx
			case 8:
				dx, dy = sy, w-1-sx
			}
			copy(dst.Pix[dy*dst.Stride+dx*4:dy*dst.Stride+dx*4+4], src.Pix[sy*src.Stride+sx*4:sy*src.Stride+sx*4+4])
		}
	}
	return dst
}

// exifOrientation reads the orientation tag of a JPEG's EXIF block, or 1.
func exifOrientation(jpg []byte) int {
	if len(jpg) < 4 || jpg[0] != 0xFF || jpg[1] != 0xD8 {
		return 1
	}
	i := 2
	for i+4 <= len(jpg) {
		if jpg[i] != 0xFF {
			return 1
		}
		marker := jpg[i+1]
		if marker == 0xDA || marker == 0xD9 { // start of scan, end of image
			return 1
		}
		size := int(binary.BigEndian.Uint16(jpg[i+2:]))
		if size < 2 || i+2+size > len(jpg) {
			return 1
		}
		seg := jpg[i+4 : i+2+size]
		if marker == 0xE1 && len(seg) > 14 && string(seg[:6]) == "Exif\x00\x00" {
			return tiffOrientation(seg[6:])
		}
		i += 2 + size
	}
	return 1
}

func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	off := int(bo.Uint32(t[4:]))
	if off < 8 || off+2 > len(t) {
		return 1
	}
	n := int(bo.Uint16(t[off:]))
	for k := 0; k < n; k++ {
		e := off + 2 + k*12
		if e+12 > len(t) {
			return 1
		}
		if bo.Uint16(t[e:]) == 0x0112 {
			v := int(bo.Uint16(t[e+8:]))
			if v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}
