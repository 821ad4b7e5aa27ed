help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
#help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
!help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
#help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
,help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
,help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
,help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
,help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
;help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
0help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
0help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
0help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
{help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
;help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
;help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
1help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
;help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
}help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
{help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
1help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
jhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
;help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
}help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
jhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
jhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
jhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
^help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
	help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
<help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
<help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
<help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
2help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
2help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
%help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
{help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
}help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
%help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
{help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
}help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
4help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
0help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
4help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
4help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
0help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
4help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
3help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
3help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
2help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
2help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
3help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
#help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
1help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
[help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
zhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
]help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
[help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
zhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
]help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
+help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
\help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
\help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
1help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
[help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
zhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
]help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
[help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
zhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
]help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
+help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
^help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
\help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
?help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
1help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
vhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
;help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
	help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
whelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
<help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
<help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
<help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
0help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
1help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
2help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
3help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
4help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
6help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
7help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
1help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
3help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
0help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
;help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
	help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
khelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
uhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
mhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
=help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
\help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
(help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
)help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
;help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
\help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
\help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
lhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
\help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
|help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
&help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
&help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ghelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
phelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
qhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
 help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
$help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
_help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Rhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
Thelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
/help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
yhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
chelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
-help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ahelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
bhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
xhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
.help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
1help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
'help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
"help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
dhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ohelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ehelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
fhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
nhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
ihelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
shelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
hhelp_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done

help_status=$(byoc byoc-sandbox --help | sed -n '/^exit status/,$p')
for code in 0 1 2 3 4 6 7 130; do
	check "exit status $code is in --help and the man page" \
		sh -c "grep -qw '$code' <<EOT && grep -qx '\.B $code' '$BYOC_ROOT/docs/byoc-sandbox.1'
$help_status
EOT"
done
