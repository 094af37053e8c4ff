// A virt-launcher-like Go client for the vdpa-xml sidecar: grpc-go, the library KubeVirt's
// virt-launcher uses, dialled as KubeVirt's grpcutil.DialSocketWithTimeout does (h2c on a unix
// socket, authority "localhost", blocking, with a timeout), then Info with a 1 s deadline, the
// version choice of pkg/hooks/manager.go, OnDefineDomain (three defines, each answer compared with
// the expected domain), PreCloudInitIso and Shutdown.
// Messages are built and read with protowire (no generated code): the field numbers are those
// of proto/kubevirt/hooks. Run by scripts/sidecar-go-interop.sh; not part of npm test, since it
// needs grpc-go from the Go module proxy.
package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"
)

// rawCodec sends and receives message bytes as they are.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error)      { return *(v.(*[]byte)), nil }
func (rawCodec) Unmarshal(data []byte, v any) error { *(v.(*[]byte)) = append([]byte(nil), data...); return nil }
func (rawCodec) Name() string                       { return "proto" }

func fields(b []byte) map[protowire.Number][][]byte {
	out := map[protowire.Number][][]byte{}
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			fail("bad tag")
		}
		b = b[n:]
		if typ != protowire.BytesType {
			n = protowire.ConsumeFieldValue(num, typ, b)
			b = b[n:]
			continue
		}
		v, n := protowire.ConsumeBytes(b)
		if n < 0 {
			fail("bad bytes field")
		}
		out[num] = append(out[num], v)
		b = b[n:]
	}
	return out
}

func bytesField(num protowire.Number, v []byte) []byte {
	b := protowire.AppendTag(nil, num, protowire.BytesType)
	return protowire.AppendBytes(b, v)
}

func fail(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "FAIL: "+format+"\n", a...)
	os.Exit(1)
}

func call(conn *grpc.ClientConn, timeout time.Duration, method string, in []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var out []byte
	err := conn.Invoke(ctx, method, &in, &out, grpc.ForceCodec(rawCodec{}))
	return out, err
}

func main() {
	encoding.RegisterCodec(rawCodec{})
	socket := os.Args[1]
	read := func(path string) []byte {
		b, err := os.ReadFile(path)
		if err != nil {
			fail("%v", err)
		}
		return b
	}
	domain, vmi, expected := read(os.Args[2]), read(os.Args[3]), read(os.Args[4])
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	//nolint:staticcheck // DialContext with WithBlock is what KubeVirt's grpcutil does
	conn, err := grpc.DialContext(ctx, "unix://"+socket, grpc.WithTransportCredentials(insecure.NewCredentials()), grpc.WithBlock(), grpc.WithAuthority("localhost"))
	if err != nil {
		fail("dial: %v", err)
	}
	defer conn.Close()

	info, err := call(conn, time.Second, "/kubevirt.hooks.info.Info/Info", nil)
	if err != nil {
		fail("Info: %v", err)
	}
	f := fields(info)
	fmt.Printf("Info: name=%s versions=%q hookPoints=%d\n", f[1][0], f[4], len(f[3]))
	chosen := ""
	for _, want := range []string{"v1alpha3", "v1alpha2", "v1alpha1"} {
		for _, v := range f[4] {
			if string(v) == want && chosen == "" {
				chosen = want
			}
		}
	}
	if chosen != "v1alpha3" {
		fail("virt-launcher would choose %q", chosen)
	}
	base := "/kubevirt.hooks." + chosen + ".Callbacks/"

	req := append(bytesField(1, domain), bytesField(2, vmi)...)
	for define := 1; define <= 3; define++ {
		out, err := call(conn, time.Minute, base+"OnDefineDomain", req)
		if err != nil {
			fail("OnDefineDomain: %v", err)
		}
		if got := fields(out)[1]; len(got) != 1 || !bytes.Equal(got[0], expected) {
			fail("OnDefineDomain %d returned another domain than expected", define)
		}
	}
	fmt.Printf("OnDefineDomain (3 defines): %d bytes in, %d bytes back, as expected\n", len(domain), len(expected))

	_, err = call(conn, time.Minute, base+"OnDefineDomain", append(bytesField(1, []byte{0x3c, 0xff}), bytesField(2, vmi)...))
	if st, _ := status.FromError(err); st.Code().String() != "InvalidArgument" {
		fail("a bad domain gave %v", err)
	} else {
		fmt.Printf("OnDefineDomain, bad domain: %s %q\n", st.Code(), st.Message())
	}

	pre := append(bytesField(1, []byte(`{"userData":"x"}`)), bytesField(3, []byte(`{"y":1}`))...)
	out, err := call(conn, time.Minute, base+"PreCloudInitIso", append(pre, bytesField(2, []byte(`{}`))...))
	if err != nil || !bytes.Equal(out, pre) {
		fail("PreCloudInitIso: %v %x", err, out)
	}
	fmt.Println("PreCloudInitIso: passed through")

	if _, err = call(conn, time.Minute, base+"Shutdown", nil); err != nil {
		fail("Shutdown: %v", err)
	}
	fmt.Println("Shutdown: ok")
}
