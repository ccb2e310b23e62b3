package testredis

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

const (
	// clusterNodes is the number of master nodes of a test cluster.
	clusterNodes = 3
	// clusterTimeout bounds the creation of a cluster, from redis-cli to the
	// first successful writes.
	clusterTimeout = 60 * time.Second
)

// Cluster is a Redis Cluster of three master nodes without replicas, which a
// test started with StartCluster.
type Cluster struct {
	// Addrs holds the "127.0.0.1:<port>" address of each node.
	Addrs []string
	// Nodes holds the servers of the nodes, in the order of Addrs. A test
	// can Kill and Restart a node; it keeps its nodes.conf across a restart.
	Nodes []*Server
}

// StartCluster starts three redis-server nodes in cluster mode, each with its
// own port, bus port and data directory, joins them with
// "redis-cli --cluster create ... --cluster-replicas 0", and waits until
// every node reports cluster_state:ok and a cluster client can write and read
// a key on every node. The cluster is empty when StartCluster returns. The
// cleanup of t kills all nodes.
func StartCluster(t testing.TB) *Cluster {
	t.Helper()
	Need(t)
	cli := NeedCLI(t)

	c := &Cluster{}
	for range clusterNodes {
		n := Start(t, withCluster())
		c.Nodes = append(c.Nodes, n)
		c.Addrs = append(c.Addrs, n.Addr)
	}

	ctx, cancel := context.WithTimeout(context.Background(), clusterTimeout)
	defer cancel()
	args := append([]string{"--cluster", "create"}, c.Addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	out, err := exec.CommandContext(ctx, cli, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("testredis: redis-cli %s: %v\n%s\n%s", strings.Join(args, " "), err, out, c.logTails())
	}
	if err := c.waitReady(ctx); err != nil {
		t.Fatalf("testredis: cluster %s is not ready: %v\n--- redis-cli output ---\n%s\n%s", c.URL(), err, out, c.logTails())
	}
	return c
}

// URL returns the node addresses joined by commas,
// "127.0.0.1:<port>,127.0.0.1:<port>,127.0.0.1:<port>".
func (c *Cluster) URL() string {
	return strings.Join(c.Addrs, ",")
}

// Client returns a new cluster client that knows all nodes. The cleanup of t
// closes it.
func (c *Cluster) Client(t testing.TB) *redis.ClusterClient {
	t.Helper()
	cc := redis.NewClusterClient(&redis.ClusterOptions{Addrs: c.Addrs})
	t.Cleanup(func() { _ = cc.Close() })
	return cc
}

// waitReady polls until every node reports a healthy cluster and a probe key
// on each node can be written and read back.
func (c *Cluster) waitReady(ctx context.Context) error {
	var nodes []*redis.Client
	for _, addr := range c.Addrs {
		n := redis.NewClient(&redis.Options{Addr: addr})
		defer n.Close()
		nodes = append(nodes, n)
	}
	cc := redis.NewClusterClient(&redis.ClusterOptions{Addrs: c.Addrs})
	defer cc.Close()

	var err error
	for {
		if err = clusterHealthy(ctx, nodes); err == nil {
			if err = probe(ctx, cc, len(nodes)); err == nil {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w; last problem: %v", ctx.Err(), err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// clusterHealthy checks CLUSTER INFO on every node: the state is ok, all
// slots are served, and the node knows every other node.
func clusterHealthy(ctx context.Context, nodes []*redis.Client) error {
	for _, n := range nodes {
		info, err := n.ClusterInfo(ctx).Result()
		if err != nil {
			return fmt.Errorf("CLUSTER INFO on %s: %w", n.Options().Addr, err)
		}
		fields := map[string]string{}
		for line := range strings.Lines(info) {
			if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok {
				fields[k] = v
			}
		}
		want := map[string]string{
			"cluster_state":          "ok",
			"cluster_slots_ok":       "16384",
			"cluster_known_nodes":    strconv.Itoa(len(nodes)),
			"cluster_size":           strconv.Itoa(len(nodes)),
			"cluster_slots_pfail":    "0",
			"cluster_slots_fail":     "0",
			"cluster_slots_assigned": "16384",
		}
		for k, v := range want {
			if fields[k] != v {
				return fmt.Errorf("%s reports %s:%s, want %s", n.Options().Addr, k, fields[k], v)
			}
		}
	}
	return nil
}

// probe writes, reads and deletes one key on each of the masters through the
// cluster client, so that the client has a working view of every slot range.
func probe(ctx context.Context, cc *redis.ClusterClient, masters int) error {
	cc.ReloadState(ctx)
	keys := map[string]string{} // master address -> key
	for i := 0; len(keys) < masters && i < 1000; i++ {
		key := "testredis:probe:" + strconv.Itoa(i)
		m, err := cc.MasterForKey(ctx, key)
		if err != nil {
			return fmt.Errorf("find the master of %s: %w", key, err)
		}
		if _, ok := keys[m.Options().Addr]; !ok {
			keys[m.Options().Addr] = key
		}
	}
	if len(keys) < masters {
		return fmt.Errorf("the cluster client sees %d masters, want %d", len(keys), masters)
	}
	for addr, key := range keys {
		if err := cc.Set(ctx, key, addr, 0).Err(); err != nil {
			return fmt.Errorf("SET %s: %w", key, err)
		}
		got, err := cc.Get(ctx, key).Result()
		if err != nil {
			return fmt.Errorf("GET %s: %w", key, err)
		}
		if got != addr {
			return fmt.Errorf("GET %s = %q, want %q", key, got, addr)
		}
		if err := cc.Del(ctx, key).Err(); err != nil {
			return fmt.Errorf("DEL %s: %w", key, err)
		}
	}
	return nil
}

// logTails returns the end of the log of every node.
func (c *Cluster) logTails() string {
	var b strings.Builder
	for _, n := range c.Nodes {
		b.WriteString(n.LogTail())
		b.WriteString("\n")
	}
	return b.String()
}
