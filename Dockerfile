# Clubnight hub: a static binary on a small base, run as a non-root user.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/clubnight ./cmd/clubnight

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/clubnight /clubnight
USER nonroot:nonroot
ENV CLUBNIGHT_ADDR=:8080 CLUBNIGHT_DATA=/data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 CMD ["/clubnight", "health"]
ENTRYPOINT ["/clubnight"]
CMD ["serve"]
