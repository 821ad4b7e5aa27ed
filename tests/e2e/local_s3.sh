#!/usr/bin/env bash
# byoc-local's object storage (issue 2.4): push-access, then requests signed by curl's own
# SigV4 signer (curl --aws-sigv4) and by the official AWS SDK inside @daytonaio/sdk:
# put/get/head/list/delete, ranges, multipart (20 MiB), refusals (wrong secret, tampered
# request, missing token or content hash, another org's keys, expired token), and
# credentials and objects surviving a restart.
source "$(dirname "$0")/lib.sh"

start_local --s3-token-seconds 3600 || { echo "not ok - byoc-local starts"; exit 1; }

# json FIELD: a string field of the JSON on stdin (push-access values carry no escapes)
json() { sed -nE "s/.*\"$1\":\"([^\"]*)\".*/\1/p"; }
PA=$(api GET /object-storage/push-access)
AK=$(json accessKey <<<"$PA"); SK=$(json secret <<<"$PA"); TOK=$(json sessionToken <<<"$PA")
SURL=$(json storageUrl <<<"$PA"); BK=$(json bucket <<<"$PA"); ORG=$(json organizationId <<<"$PA")
REGION=$(json region <<<"$PA")
check "push-access answers StorageAccessDto with region" \
	test -n "$AK" -a -n "$SK" -a -n "$TOK" -a -n "$BK" -a -n "$ORG" -a "$REGION" = us-east-1
check "storageUrl is byoc-local itself" test "$SURL" = "${LOCAL_URL%/api}/s3"
code=$(curl -s -o /dev/null -w '%{http_code}' "$LOCAL_URL/object-storage/push-access")
check "push-access without the bearer key is 401" test "$code" = 401

# s3 [curl args...] URL: a request signed by curl with the push-access credentials.
s3() {
	curl -sS --aws-sigv4 "aws:amz:$REGION:s3" --user "$AK:$SK" \
		-H "x-amz-security-token: $TOK" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$@"
}
O="$SURL/$BK/$ORG"
T=$TEST_TMP
head -c 1000000 /dev/urandom >"$T/one.bin"

code=$(s3 -o "$T/put.out" -w '%{http_code}' -T "$T/one.bin" "$O/h1/context.tar")
check "PUT object (UNSIGNED-PAYLOAD) is 200" test "$code" = 200
check "the object is on disk under objects/<bucket>/<key>" cmp -s "$T/one.bin" "$LOCAL_STATE/objects/$BK/$ORG/h1/context.tar"
s3 -o "$T/get.bin" "$O/h1/context.tar"
check "GET object returns the same bytes" cmp -s "$T/one.bin" "$T/get.bin"
hdrs=$(s3 -I "$O/h1/context.tar")
check "HEAD object has Content-Length and the md5 ETag" \
	grep -qi "content-length: 1000000" <<<"$hdrs" && grep -qi "etag: \"$(md5sum <"$T/one.bin" | cut -c1-32)\"" <<<"$hdrs"
s3 -o "$T/range.bin" -H "Range: bytes=10-19" "$O/h1/context.tar"
check "GET with Range returns those 10 bytes" cmp -s "$T/range.bin" <(tail -c +11 "$T/one.bin" | head -c 10)

# a payload hash that is checked against the body
sha=$(sha256sum <"$T/one.bin" | cut -c1-64)
code=$(curl -sS -o /dev/null -w '%{http_code}' --aws-sigv4 "aws:amz:$REGION:s3" --user "$AK:$SK" \
	-H "x-amz-security-token: $TOK" -H "x-amz-content-sha256: $sha" -T "$T/one.bin" "$O/h2/context.tar")
check "PUT with the body's sha256 is 200" test "$code" = 200
head -c 1000000 /dev/zero >"$T/zero.bin"
out=$(curl -sS --aws-sigv4 "aws:amz:$REGION:s3" --user "$AK:$SK" \
	-H "x-amz-security-token: $TOK" -H "x-amz-content-sha256: $sha" -T "$T/zero.bin" "$O/h3/context.tar")
check "PUT whose body does not match x-amz-content-sha256 is refused" grep -q XAmzContentSHA256Mismatch <<<"$out"
check "a refused PUT leaves no object" test ! -e "$LOCAL_STATE/objects/$BK/$ORG/h3/context.tar"

# ListObjectsV2 (curl signs the query as written: keep it in canonical order)
for i in 1 2 3; do printf 'x%s' "$i" >"$T/k$i"; s3 -o /dev/null -T "$T/k$i" "$O/list/k$i"; done
out=$(s3 "$SURL/$BK?list-type=2&max-keys=1&prefix=$ORG%2Fh1%2F")
check "ListObjectsV2 prefix + max-keys=1 finds the context" \
	grep -q "<KeyCount>1</KeyCount>" <<<"$out" && grep -q "<Key>$ORG/h1/context.tar</Key>" <<<"$out"
out=$(s3 "$SURL/$BK?list-type=2&max-keys=1&prefix=$ORG%2Fnone%2F")
check "ListObjectsV2 of a missing prefix is empty" grep -q "<KeyCount>0</KeyCount>" <<<"$out"
out=$(s3 "$SURL/$BK?list-type=2&max-keys=2&prefix=$ORG%2Flist%2F")
tok=$(sed -nE 's|.*<NextContinuationToken>([^<]*)</NextContinuationToken>.*|\1|p' <<<"$out")
check "ListObjectsV2 max-keys=2 of 3 is truncated with a token" \
	grep -q "<IsTruncated>true</IsTruncated>" <<<"$out" && test -n "$tok" && grep -q "<Key>$ORG/list/k2</Key>" <<<"$out"
out=$(s3 "$SURL/$BK?continuation-token=$tok&list-type=2&max-keys=2&prefix=$ORG%2Flist%2F")
check "the continuation token gives the rest" \
	grep -q "<Key>$ORG/list/k3</Key>" <<<"$out" && grep -q "<IsTruncated>false</IsTruncated>" <<<"$out"
out=$(s3 "$SURL/$BK?delimiter=%2F&list-type=2&prefix=$ORG%2F")
check "ListObjectsV2 with a delimiter groups common prefixes" \
	grep -q "<CommonPrefixes><Prefix>$ORG/list/</Prefix></CommonPrefixes>" <<<"$out"

# concurrent writers: 8 keys at once, and 4 writers racing on one key
for i in 1 2 3 4 5 6 7 8; do head -c 300000 /dev/urandom >"$T/c$i"; done
pids=()
for i in 1 2 3 4 5 6 7 8; do s3 -o /dev/null -T "$T/c$i" "$O/conc/k$i" & pids+=($!); done
for i in 1 2 3 4; do s3 -o /dev/null -T "$T/c$i" "$O/conc/same" & pids+=($!); done
wait "${pids[@]}"
out=$(s3 "$SURL/$BK?list-type=2&prefix=$ORG%2Fconc%2F")
check "8 concurrent PUTs all land" test "$(grep -o "<Key>" <<<"$out" | wc -l)" = 9
s3 -o "$T/same.bin" "$O/conc/same"
same=no; for i in 1 2 3 4; do cmp -s "$T/same.bin" "$T/c$i" && same=yes; done
check "4 PUTs racing on one key leave one whole body" test "$same" = yes
check "no temp files are left behind" test -z "$(ls -A "$LOCAL_STATE/objects/.tmp")"

# refusals
out=$(curl -sS -w '\n%{http_code}' --aws-sigv4 "aws:amz:$REGION:s3" --user "$AK:wrong$SK" -H "x-amz-security-token: $TOK" \
	-H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$O/h1/context.tar")
check "a wrong secret is 403 SignatureDoesNotMatch in S3's XML" \
	grep -q "<Code>SignatureDoesNotMatch</Code>" <<<"$out" && grep -q "<RequestId>" <<<"$out" && test "$(tail -n1 <<<"$out")" = 403
out=$(curl -sS -w '\n%{http_code}' --aws-sigv4 "aws:amz:$REGION:s3" --user "$AK:$SK" \
	-H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$O/h1/context.tar")
check "no session token is 403 InvalidToken" bash -c 'grep -q "<Code>InvalidToken</Code>" <<<"$1" && test "$(tail -n1 <<<"$1")" = 403' _ "$out"
out=$(curl -sS -w '\n%{http_code}' --aws-sigv4 "aws:amz:$REGION:s3" --user "$AK:$SK" -H "x-amz-security-token: x$TOK" \
	-H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$O/h1/context.tar")
check "another session token is 403 InvalidToken" grep -q "<Code>InvalidToken</Code>" <<<"$out"
out=$(curl -sS -w '\n%{http_code}' --aws-sigv4 "aws:amz:$REGION:s3" --user "$AK:$SK" -H "x-amz-security-token: $TOK" \
	"$O/h1/context.tar")
check "no x-amz-content-sha256 is 400 InvalidRequest" \
	grep -q "Missing required header for this request: x-amz-content-sha256" <<<"$out" && test "$(tail -n1 <<<"$out")" = 400
out=$(s3 -w '\n%{http_code}' -H "x-amz-date: 20200101T000000Z" "$O/h1/context.tar")
check "a request dated years ago is 403 RequestTimeTooSkewed" \
	grep -q "<Code>RequestTimeTooSkewed</Code>" <<<"$out" && test "$(tail -n1 <<<"$out")" = 403
code=$(curl -sS -o /dev/null -w '%{http_code}' "$O/h1/context.tar")
check "an unsigned request is 403" test "$code" = 403
out=$(s3 "$SURL/$BK/other-org/h1/context.tar")
check "a key outside {organizationId}/ is AccessDenied" grep -q "<Code>AccessDenied</Code>" <<<"$out"
out=$(s3 "$SURL/$BK?list-type=2&prefix=other-org%2F")
check "listing another org's prefix is AccessDenied" grep -q "<Code>AccessDenied</Code>" <<<"$out"
out=$(s3 --path-as-is "$SURL/$BK/$ORG/../x")
check "a key with '..' never escapes" grep -qE "<Code>(InvalidArgument|AccessDenied|NoSuchKey)</Code>" <<<"$out"
out=$(s3 "$O/missing/context.tar")
check "GET of a missing key is NoSuchKey" grep -q "<Code>NoSuchKey</Code>" <<<"$out"

# multipart with curl: 20 MiB in parts of 8 + 8 + 4 MiB
head -c $((20 << 20)) /dev/urandom >"$T/big.bin"
split -b $((8 << 20)) -d -a 1 "$T/big.bin" "$T/part."
out=$(s3 -X POST "$O/mp/context.tar?uploads=")
uid=$(sed -nE 's|.*<UploadId>([^<]*)</UploadId>.*|\1|p' <<<"$out")
check "CreateMultipartUpload answers an UploadId" test -n "$uid"
xml="<CompleteMultipartUpload>"
for n in 1 2 3; do
	etag=$(s3 -D - -o /dev/null -T "$T/part.$((n - 1))" "$O/mp/context.tar?partNumber=$n&uploadId=$uid" |
		tr -d '\r' | sed -nE 's/^[Ee][Tt][Aa][Gg]: (.*)$/\1/p')
	xml="$xml<Part><PartNumber>$n</PartNumber><ETag>$etag</ETag></Part>"
done
xml="$xml</CompleteMultipartUpload>"
check "no object before CompleteMultipartUpload" test ! -e "$LOCAL_STATE/objects/$BK/$ORG/mp/context.tar"
out=$(s3 -X POST --data-binary "$xml" "$O/mp/context.tar?uploadId=$uid")
check "CompleteMultipartUpload answers an ETag with the part count" grep -qE "<ETag>&quot;[0-9a-f]{32}-3&quot;</ETag>" <<<"$out"
s3 -o "$T/mp.bin" "$O/mp/context.tar"
check "the 20 MiB multipart object reads back equal" cmp -s "$T/big.bin" "$T/mp.bin"
out=$(s3 -X POST --data-binary "$xml" "$O/mp/context.tar?uploadId=$uid")
check "a completed upload is gone (NoSuchUpload)" grep -q "<Code>NoSuchUpload</Code>" <<<"$out"
out=$(s3 -X POST "$O/mp2/context.tar?uploads=")
uid=$(sed -nE 's|.*<UploadId>([^<]*)</UploadId>.*|\1|p' <<<"$out")
s3 -o /dev/null -T "$T/k1" "$O/mp2/context.tar?partNumber=1&uploadId=$uid"
code=$(s3 -o /dev/null -w '%{http_code}' -X DELETE "$O/mp2/context.tar?uploadId=$uid")
check "AbortMultipartUpload is 204 and leaves no parts" test "$code" = 204 -a ! -e "$LOCAL_STATE/objects/.uploads/$uid"

code=$(s3 -o /dev/null -w '%{http_code}' -X DELETE "$O/list/k1")
out=$(s3 "$SURL/$BK?list-type=2&prefix=$ORG%2Flist%2F")
check "DeleteObject is 204 and the key leaves the listing" \
	test "$code" = 204 && ! grep -q "<Key>$ORG/list/k1</Key>" <<<"$out"

# the official AWS SDK (inside @daytonaio/sdk): the Daytona ObjectStorage upload path
NM=$BYOC_ROOT/tests/compat/node_modules
if command -v node >/dev/null 2>&1 && [ -d "$NM/@daytonaio/sdk" ]; then
	mkdir -p "$T/ctx/src" && head -c $((20 << 20)) /dev/urandom >"$T/ctx/src/data.bin" && echo hi >"$T/ctx/src/a.txt"
	cat >"$T/sdk.js" <<'EOF'
const NM = process.env.NM;
const { ObjectStorage } = require(NM + '/@daytonaio/sdk/cjs/ObjectStorage.js');
const { S3Client, GetObjectCommand, PutObjectCommand } = require(NM + '/@aws-sdk/client-s3');
const fs = require('fs');
(async () => {
  const pa = JSON.parse(process.env.PA);
  const os = new ObjectStorage({ endpointUrl: pa.storageUrl, accessKeyId: pa.accessKey, secretAccessKey: pa.secret,
    sessionToken: pa.sessionToken, bucketName: pa.bucket, region: pa.region });
  const hash = await os.upload(process.argv[2], pa.organizationId, 'src');
  console.log('hash ' + hash);
  const s3 = new S3Client({ region: pa.region, endpoint: pa.storageUrl, forcePathStyle: true,
    credentials: { accessKeyId: pa.accessKey, secretAccessKey: pa.secret, sessionToken: pa.sessionToken } });
  // a stream body: the SDK sends STREAMING-UNSIGNED-PAYLOAD-TRAILER (aws-chunked + CRC32 trailer)
  const p = process.argv[2] + '/a.txt';
  await s3.send(new PutObjectCommand({ Bucket: pa.bucket, Key: pa.organizationId + '/stream/a.txt',
    Body: fs.createReadStream(p), ContentLength: fs.statSync(p).size }));
  const g = await s3.send(new GetObjectCommand({ Bucket: pa.bucket, Key: pa.organizationId + '/stream/a.txt' }));
  console.log('stream ' + (await g.Body.transformToString()).trim());
})().catch(e => { console.error('sdk error', e.name, e.message); process.exit(1); });
EOF
	out=$(PA=$PA NM=$NM node "$T/sdk.js" "$T/ctx/src" 2>"$T/sdk.err")
	hash=$(sed -n 's/^hash //p' <<<"$out")
	check "the SDK's ObjectStorage.upload (multipart, 20 MiB context) succeeds" test -n "$hash"
	tar -tf "$LOCAL_STATE/objects/$BK/$ORG/$hash/context.tar" >"$T/tar.list" 2>/dev/null
	check "the SDK's context landed at {org}/{hash}/context.tar as a tar" grep -qx "src/data.bin" "$T/tar.list"
	check "the SDK's streamed aws-chunked PutObject round-trips" grep -qx "stream hi" <<<"$out"
	[ -n "$hash" ] || cat "$T/sdk.err" >&2
else
	skip "the official SDK (tests/compat/node_modules) is not installed: run make check-compat once"
fi

# durability: credentials and objects survive a restart
stop_local
start_local || { echo "not ok - byoc-local restarts"; exit 1; }
SURL=${LOCAL_URL%/api}/s3; O="$SURL/$BK/$ORG"
s3 -o "$T/get2.bin" "$O/h1/context.tar"
check "after a restart the same credentials read the same object" cmp -s "$T/one.bin" "$T/get2.bin"
stop_local

# expiry: credentials of a 1-second lifetime are refused once expired (the fresh case is
# everything above; a check of freshness here would race a loaded machine)
LOCAL_STATE=$TEST_TMP/state2
start_local --s3-token-seconds 1 || { echo "not ok - byoc-local starts"; exit 1; }
PA=$(api GET /object-storage/push-access)
sleep 2
AK=$(json accessKey <<<"$PA"); SK=$(json secret <<<"$PA"); TOK=$(json sessionToken <<<"$PA")
SURL=$(json storageUrl <<<"$PA"); ORG=$(json organizationId <<<"$PA")
out=$(s3 -w '\n%{http_code}' "$SURL/$BK?list-type=2&max-keys=1&prefix=$ORG%2F")
check "expired credentials are 403 ExpiredToken" bash -c 'grep -q "<Code>ExpiredToken</Code>" <<<"$1" && test "$(tail -n1 <<<"$1")" = 403' _ "$out"

finish
