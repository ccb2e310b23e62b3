package dashboard

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/web"
)

// Photos are kept in Redis, one hash per night and person or job: "jpg"
// the bytes, "v" a hash of them that is also in the photo's address, so the
// address can be cached forever and cannot be guessed from the ids alone.
func (d *Dashboard) photoKey(nightID, kind, id string) string {
	return d.key("photo", nightID, kind, id)
}

func photoURL(nightID, kind, id, v string) string {
	return "/media/" + url.PathEscape(nightID) + "/" + kind + "/" + url.PathEscape(id) + ".jpg?v=" + v
}

type photoReply struct {
	URL     string `json:"url"`
	Saved   bool   `json:"saved"`
	Message string `json:"message"`
}

// postPhoto takes a JPEG or PNG of up to 5 MB for a person or job, makes it
// at most 512 pixels on its longest side, stores it with the night, and
// puts its address in the plan.
func (d *Dashboard) postPhoto(w http.ResponseWriter, r *http.Request, v *viewer) {
	ctx := r.Context()
	nightID, kind, id := r.PathValue("night"), r.PathValue("kind"), r.PathValue("id")
	if kind != "person" && kind != "job" {
		web.WriteError(w, nil, night.Errorf(night.NotFound, "Photos are for people and jobs."))
		return
	}
	n, err := d.hub.NightFromRedis(ctx, nightID)
	if err != nil {
		web.WriteError(w, nil, d.internal("load night", err))
		return
	}
	if !hasThing(n, kind, id) {
		web.WriteError(w, nil, night.Errorf(night.NotFound, "Save the plan first, then add the photo."))
		return
	}
	// Only a few uploads are read at once, so many cannot fill the memory
	// with their files while they wait to be decoded.
	if !d.photos.admit() {
		web.WriteError(w, nil, night.Errorf(night.Busy, "Many photos are being added just now. Please try again in a minute."))
		return
	}
	defer d.photos.leave()
	r.Body = http.MaxBytesReader(w, r.Body, MaxPhotoBytes+64<<10)
	f, _, err := r.FormFile("photo")
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			web.WriteError(w, nil, night.Errorf(night.Invalid, "That photo is too big. The most is 5 MB."))
			return
		}
		web.WriteError(w, nil, night.Errorf(night.Invalid, "Choose a photo first."))
		return
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxPhotoBytes+1))
	f.Close()
	if err != nil {
		web.WriteError(w, nil, night.Errorf(night.Invalid, "We could not read that photo."))
		return
	}
	if len(data) > MaxPhotoBytes {
		web.WriteError(w, nil, night.Errorf(night.Invalid, "That photo is too big. The most is 5 MB."))
		return
	}
	out, err := d.photos.Process(ctx, data)
	if err != nil {
		web.WriteError(w, nil, err)
		return
	}
	sum := sha256.Sum256(out)
	ver := hex.EncodeToString(sum[:])[:16]
	if err := d.rdb.HSet(ctx, d.photoKey(nightID, kind, id), "jpg", out, "v", ver).Err(); err != nil {
		web.WriteError(w, nil, d.internal("store photo", err))
		return
	}
	u := photoURL(nightID, kind, id, ver)
	reply := photoReply{URL: u}
	if started(n) {
		reply.Message = "The photo is ready. It shows once you save the plan."
		web.WriteJSON(w, http.StatusOK, reply)
		return
	}
	if err := d.setPhoto(ctx, n, kind, id, u, byOf(v)); err != nil {
		web.WriteError(w, nil, d.internal("save photo", err))
		return
	}
	reply.Saved, reply.Message = true, "The photo is saved."
	web.WriteJSON(w, http.StatusOK, reply)
}

func hasThing(n *night.Night, kind, id string) bool {
	if kind == "person" {
		_, ok := n.Person(id)
		return ok
	}
	for _, j := range n.Jobs {
		if j.ID == id {
			return true
		}
	}
	return false
}

// setPhoto loads the night's plan again with the photo's address in it.
func (d *Dashboard) setPhoto(ctx context.Context, n *night.Night, kind, id, u, by string) error {
	p := n.Plan()
	for i := range p.People {
		if kind == "person" && p.People[i].ID == id {
			p.People[i].Photo = u
		}
	}
	for i := range p.Jobs {
		if kind == "job" && p.Jobs[i].ID == id {
			p.Jobs[i].Photo = u
		}
	}
	_, err := d.hub.Import(ctx, p, by, night.FromDashboard)
	return err
}

// serveMedia serves a stored photo. The v in the address must match.
func (d *Dashboard) serveMedia(w http.ResponseWriter, r *http.Request) {
	id, ok := strings.CutSuffix(r.PathValue("file"), ".jpg")
	nightID, kind := r.PathValue("night"), r.PathValue("kind")
	if !ok || (kind != "person" && kind != "job") || !night.ValidID(nightID) || !night.ValidID(id) {
		http.NotFound(w, r)
		return
	}
	f, err := d.rdb.HGetAll(r.Context(), d.photoKey(nightID, kind, id)).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		d.log.Error("dashboard: load photo", "err", err)
		http.Error(w, "Please try again.", http.StatusServiceUnavailable)
		return
	}
	want := r.URL.Query().Get("v")
	if f["jpg"] == "" || subtle.ConstantTimeCompare([]byte(want), []byte(f["v"])) != 1 {
		w.Header().Set("Cache-Control", "no-store")
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "image/jpeg")
	hd.Set("Cache-Control", "private, max-age=31536000, immutable")
	hd.Set("X-Content-Type-Options", "nosniff")
	_, _ = io.WriteString(w, f["jpg"])
}
