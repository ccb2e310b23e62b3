package dashboard_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"hash/crc32"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/clubnight/clubnight/dashboard"
)

// bombPNG is a w x h RGBA PNG with the given bit depth (8 or 16), all
// zeros, so it compresses to almost nothing: a small file that decodes to
// w*h*depth/2 bytes.
func bombPNG(t testing.TB, w, h, depth int) []byte {
	t.Helper()
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		_ = binary.Write(&out, binary.BigEndian, uint32(len(data)))
		crc := crc32.NewIEEE()
		crc.Write([]byte(typ))
		crc.Write(data)
		out.WriteString(typ)
		out.Write(data)
		_ = binary.Write(&out, binary.BigEndian, crc.Sum32())
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = byte(depth), 6 // RGBA
	chunk("IHDR", ihdr)
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	row := make([]byte, 1+w*4*depth/8) // filter byte 0, then zeros
	for range h {
		_, _ = zw.Write(row)
	}
	_ = zw.Close()
	chunk("IDAT", z.Bytes())
	chunk("IEND", nil)
	return out.Bytes()
}

func allocated() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

// TestPhoto_HugeImageRefusedFromItsHeader is issue 11 point 4: a 4898 x
// 4898 16-bit PNG of a few hundred KB is refused with plain words from its
// header, before anything is decoded.
func TestPhoto_HugeImageRefusedFromItsHeader(t *testing.T) {
	bomb := bombPNG(t, 4898, 4898, 16)
	t.Logf("the file is %d KB", len(bomb)>>10)
	e := newEnv(t, envOptions{})
	c := e.client()
	c.signIn(samPhone)
	runtime.GC()
	before := allocated()
	r := c.upload("/dashboard/api/photo/"+e.night.ID+"/person/sam", bomb)
	used := allocated() - before
	t.Logf("allocated %d MB while refusing it", used>>20)
	if r.Status != http.StatusBadRequest || !strings.Contains(r.Body, "too big") {
		t.Fatalf("%d %s, want 400 with plain words", r.Status, r.Body)
	}
	if used > 32<<20 {
		t.Fatalf("refusing it allocated %d MB; it must be refused before decoding", used>>20)
	}
}

// TestPhoto_PeakMemoryIsBounded decodes many of the largest photos a
// decoder accepts at once, and measures the heap's peak: only the allowed
// number decode at a time, each within its budget.
func TestPhoto_PeakMemoryIsBounded(t *testing.T) {
	const budget, slots, uploads = 24 << 20, 2, 8
	dec := dashboard.NewPhotoDecoder(budget, slots)
	// 16-bit RGBA at 8 bytes a pixel, just under the budget.
	img := bombPNG(t, 1700, 1700, 16)
	if _, err := dec.Process(context.Background(), bombPNG(t, 1800, 1800, 16)); err == nil {
		t.Fatal("a photo over the budget was decoded")
	}
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	var wg sync.WaitGroup
	errs := make(chan error, uploads)
	for range uploads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			if _, err := dec.Process(ctx, img); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(stop)
	<-sampled
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	grew := int64(peak.Load()) - int64(base.HeapAlloc)
	limit := int64(slots*budget + 16<<20)
	t.Logf("%d photos of %d MB decoded each, %d at a time: the heap grew by %d MB at most (limit %d MB)",
		uploads, 1700*1700*8>>20, slots, grew>>20, limit>>20)
	if grew > limit {
		t.Fatalf("the heap grew by %d MB, more than %d MB", grew>>20, limit>>20)
	}
}
