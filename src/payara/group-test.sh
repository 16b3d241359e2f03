#!/usr/bin/env bash
# The deployment group's end-to-end test (issue 13; .ci/run runs it after `./mvnw -B verify`):
# starts the group of src/payara/group.sh on an EMPTY database, checks what only a group can get
# wrong, and stops everything again, whatever happened.
#   src/payara/group-test.sh            (needs the EAR built: ./mvnw -B install or verify)
# Checks:
#   1. both instances started on the empty database and loaded the demo data once (start-up lock);
#   2. each instance holds the reminder timer, and the day's run is claimed once (decisions 0023, 0052);
#   3. the directory API answers with the same ETag from either instance;
#   4. a filing submitted through instance 1's API changes no public data (decision 0024); a company
#      profile saved through instance 1 shows on instance 2 within 2 s, same ETag;
#   5. evidence uploaded through instance 1's filing form is downloaded from instance 2, the same
#      bytes (decision 0022: the bytes are a table of the one database, no instance's disk);
#   6. a member disabled through instance 1 by its company's admin is signed out on instance 2 at its
#      next request (decision 0036: the account's sessions_valid_from_ms, not an instance's memory);
#   7. the same EAR rolled out again one instance at a time (group.sh roll, decision 0052) while the
#      directory is read and a member visits through HAProxy: no failed request, never signed out;
#   8. a member signed in through HAProxy stays signed in after their instance is `kill -9`-ed,
#      and a form of a page opened before the kill still works after it (its view survived);
#   9. the killed instance, started again, serves again.
# Settings: GROUP_TEST_DB (netzero_group), GROUP_DB_USER/GROUP_DB_PASSWORD (netzero_test),
# GROUP_PAYARA_HOME (target/payara6: the installation `./mvnw verify` unpacked for its tests, the
# domain portal-group beside theirs; unpacked from the local Maven repository when missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export GROUP_DB_NAME=${GROUP_TEST_DB:-netzero_group}
export GROUP_DB_USER=${GROUP_DB_USER:-netzero_test}
export GROUP_DB_PASSWORD=${GROUP_DB_PASSWORD:-netzero_test}
portbase=${GROUP_PORTBASE:-36000}
balancer="http://127.0.0.1:$((portbase + 80))"
instance_urls=("http://127.0.0.1:$((portbase + 180))" "http://127.0.0.1:$((portbase + 280))")
instances=(portal-i1 portal-i2)
ear="$root/ear/target/netzero-portal.ear"
payara_home=${GROUP_PAYARA_HOME:-$root/target/payara6}
work=$(mktemp -d)
failures=0

log() { printf '\n== group test: %s\n' "$*"; }
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

[ -f "$ear" ] || { echo "No EAR at $ear: build first (./mvnw -B install -DskipTests)" >&2; exit 2; }
if [ ! -x "$payara_home/bin/asadmin" ]; then
    version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml" | head -1)
    zip="$HOME/.m2/repository/fish/payara/distributions/payara/$version/payara-$version.zip"
    [ -f "$zip" ] || "$root/mvnw" -q -B dependency:get -Dartifact="fish.payara.distributions:payara:$version:zip"
    mkdir -p "$(dirname "$payara_home")"
    unzip -q -o "$zip" -d "$(dirname "$payara_home")"
fi

stop_group() { bash "$root/src/payara/group.sh" stop "$payara_home" || true; rm -rf "$work"; }
trap stop_group EXIT

log "an empty database, then the group (two instances start on it together)"
node_dir="$payara_home/glassfish/nodes/localhost-portal-group"
declare -A log_lines_before
for instance in "${instances[@]}"; do
    # No log yet on a fresh clone: 0 lines (with pipefail a failing cat would end the script here).
    log_lines_before[$instance]=$( (cat "$node_dir/$instance/logs/server.log" 2>/dev/null || true) | wc -l)
done
mariadb --user=root -e "DROP DATABASE IF EXISTS \`$GROUP_DB_NAME\`"
started=$SECONDS
bash "$root/src/payara/group.sh" start "$payara_home" "$ear"
echo "group up in $((SECONDS - started)) s"

. "$root/src/payara/admin-env.sh" "$payara_home" portal-group "$portbase"
sql() { mariadb --user="$GROUP_DB_USER" --password="$GROUP_DB_PASSWORD" --host=127.0.0.1 -N -B "$GROUP_DB_NAME" -e "$1"; }

# A saved page's JSF view state, and the CSP nonce PrimeFaces' script adds to every form it sends.
view_state_of() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }
nonce_of() { grep -o 'nonce="[^"]*"' "$1" | head -1 | cut -d'"' -f2; }

# Signs a demo member in through the login form: cookie jar, base address, e-mail.
sign_in() {
    local jar=$1 base=$2 email=$3 view_state
    curl -fsS -o "$work/login-page" -c "$jar" -b "$jar" "$base/public/login.xhtml"
    view_state=$(view_state_of "$work/login-page")
    curl -fsS -o /dev/null -c "$jar" -b "$jar" "$base/public/login.xhtml" \
        --data-urlencode "login=login" \
        --data-urlencode "login:email=$email" \
        --data-urlencode "login:password=Member-Demo-2050" \
        --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$view_state"
}

log "1. demo data loaded once by two instances starting together"
companies=$(sql "SELECT COUNT(*) FROM member_company")
# Only what this run logged (the logs keep earlier runs); grep -c says 0 but exits 1 on no match.
count_in_logs() {
    local instance total=0 found
    for instance in "${instances[@]}"; do
        found=$(tail -n +"$((${log_lines_before[$instance]:-0} + 1))" "$node_dir/$instance/logs/server.log" \
            | grep -c "$1" || true)
        total=$((total + found))
    done
    echo "$total"
}
duplicates=$(count_in_logs "company.ubn.duplicate")
loaded=$(count_in_logs "founding member companies loaded")
if [ "$companies" = 51 ] && [ "$duplicates" = 0 ] && [ "$loaded" = 1 ]; then
    pass "51 companies, loaded by one instance, no duplicate"
else
    fail "companies=$companies, loads=$loaded, duplicate errors logged=$duplicates"
fi

log "2. the reminder timer in the group, the morning run claimed once a day"
# The application is deployed to each instance (decision 0052): Payara makes the persistent timer once
# or more (seen: 1, 2 and 3 for two instances, as the deployments meet); the first instance to claim the
# day in scheduled_run runs the morning reminders (DailyRunsIT proves the claim under concurrency).
timers=$("${asadmin_remote[@]}" list-timers portal-group | awk -F': ' '/^portal-i[0-9]+: /{sum += $2} END {print sum + 0}')
[ "$timers" -ge 1 ] && pass "$timers reminder timer(s) in the group, one run a day through scheduled_run" \
    || fail "no reminder timer in the group"
[ "$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'scheduled_run'")" = 1 ] \
    && pass "scheduled_run is there for the daily claim" || fail "no scheduled_run table"

log "3. the directory API: the same ETag from either instance"
etags=()
for url in "${instance_urls[@]}"; do
    etags+=("$(curl -fsS -D - -o /dev/null "$url/api/members" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')")
done
if [ -n "${etags[0]}" ] && [ "${etags[0]}" = "${etags[1]}" ]; then
    pass "ETag ${etags[0]} on both"
else
    fail "ETags differ: '${etags[0]}' and '${etags[1]}'"
fi

log "4. a public change through instance 1 shows on instance 2 within 2 s, with the same ETag"
# Signed in on instance 1 itself (no balancer). A filing submitted through the API (as a member's GHG
# software does) is not public until accepted (decision 0024): both instances keep their ETag. The
# member then saves its company profile (public, a JPA write): instance 2 serves it within 2 s.
member_jar="$work/member-cookies"
instance1="${instance_urls[0]}"
sign_in "$member_jar" "$instance1" admin@linyuan-aromatics-chemical.example
ubn=$(sql "SELECT ubn FROM member_company WHERE name_en LIKE 'Linyuan Aromatics%'")
etag_of() { curl -fsS -D - -o /dev/null "$1/api/members" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}'; }
before=$(etag_of "${instance_urls[1]}")
# The open cycle's year (the demo data follow the day they are loaded: last year's cycle is open).
open_year=$(sql "SELECT reporting_year FROM reporting_cycle WHERE status = 'OPEN' ORDER BY reporting_year DESC LIMIT 1")
scope3=$(for n in $(seq 1 15); do printf '"%s":{"status":"NOT_RELEVANT","reason":"Screened out."}' "$n"; [ "$n" = 15 ] || printf ','; done)
filing='{"scope1":182345.125,"scope2LocationBased":45210.5,"scope2MarketBased":40110.25,"energyMwh":390120,"renewableSharePercent":12.5,"reductionActions":"Heat recovery.","scope3":{'"$scope3"'}}'
status=$(curl -sS -o "$work/filed" -w '%{http_code}' -b "$member_jar" -X PUT -H 'Content-Type: application/json' \
    -H 'Accept-Language: en' --data "$filing" "$instance1/api/member/companies/$ubn/filings/$open_year")
if [ "$status" = 200 ]; then
    stored=$(sql "SELECT status FROM progress_filing f JOIN member_company c ON c.id = f.company_id WHERE c.ubn = '$ubn' AND f.reporting_year = $open_year")
    [ "$stored" = SUBMITTED ] && pass "the filing is stored once, SUBMITTED" || fail "stored: '$stored'"
    sleep 1.5 # longer than the version poll (1 s): a bump, had there been one, would show by now
    one=$(etag_of "$instance1"); two=$(etag_of "${instance_urls[1]}")
    if [ "$one" = "$before" ] && [ "$two" = "$before" ]; then
        pass "a submitted filing changes no public data: both instances still answer $before"
    else
        fail "a submitted filing moved the public data: before '$before', now '$one' and '$two'"
    fi
else
    fail "the filing API through instance 1 answered $status: $(head -c 300 "$work/filed")"
fi

# The profile form's fields as the page shows them (inputs, text areas, selected options), one
# name=value per line, with the website changed.
curl -fsS -o "$work/company-page" -b "$member_jar" -c "$member_jar" "$instance1/member/company.xhtml"
website="https://group-test-$(date +%s).example"
form_args=()
while IFS= read -r -d '' pair; do
    form_args+=(--data-urlencode "$pair")
done < <(python3 - "$website" "$work/company-page" <<'PY'
import sys
from html.parser import HTMLParser
website = sys.argv[1]
fields, select, inside = {}, None, False
class Form(HTMLParser):
    def handle_starttag(self, tag, attrs):
        global select, inside
        a = dict(attrs)
        if tag == 'form':
            inside = a.get('id') == 'profile'
        if not inside:
            return
        name = a.get('name')
        if tag == 'input' and name and a.get('type', 'text') in ('text', 'hidden', 'url', 'email', 'tel'):
            fields[name] = a.get('value') or ''
        elif tag == 'select' and name:
            select = name
        elif tag == 'option' and select and 'selected' in a:
            fields[select] = a.get('value') or ''
    def handle_endtag(self, tag):
        global select, inside
        if tag == 'select':
            select = None
        if tag == 'form':
            inside = False
Form().feed(open(sys.argv[2], encoding='utf-8').read())
fields['profile:website'] = website
fields['profile:save'] = ''
for name, value in fields.items():
    sys.stdout.write(f'{name}={value}\0')
PY
)
before=$(etag_of "${instance_urls[1]}")
curl -fsS -o "$work/saved" -b "$member_jar" -c "$member_jar" "${form_args[@]}" "$instance1/member/company.xhtml"
saved_at=$(date +%s%N)
seen_ms=""
while [ $(( ($(date +%s%N) - saved_at) / 1000000 )) -le 2000 ]; do
    one=$(etag_of "$instance1"); two=$(etag_of "${instance_urls[1]}")
    if [ -n "$two" ] && [ "$two" != "$before" ] && [ "$one" = "$two" ]; then
        seen_ms=$(( ($(date +%s%N) - saved_at) / 1000000 )); break
    fi
    sleep 0.1
done
stored=$(sql "SELECT website FROM member_company WHERE ubn = '$ubn'")
if [ "$stored" != "$website" ]; then
    fail "the profile form through instance 1 did not save the website (stored: '$stored')"
elif [ -n "$seen_ms" ]; then
    pass "instance 2 served the new data ($two, the same ETag as instance 1) ${seen_ms} ms after the profile was saved"
else
    fail "after 2 s instance 2 still answers '$two' (before: '$before'), instance 1 '$one'"
fi

log "5. evidence uploaded through instance 1 is served by instance 2, the same bytes"
# The member starts the open year's filing on instance 1 (the home page's form, as without script),
# uploads a PDF the way PrimeFaces' auto upload sends it (a multipart Ajax request of the evidence
# form), then downloads it, signed in on instance 2.
evidence_member=admin@nanzi-semiconductor-packaging.example
uploader_jar="$work/uploader-cookies"; reader_jar="$work/reader-cookies"
sign_in "$uploader_jar" "$instance1" "$evidence_member"
curl -fsS -o "$work/home-page" -b "$uploader_jar" -c "$uploader_jar" "$instance1/member/home.xhtml"
filing_url=$(curl -sS -o "$work/filing-page" -w '%{url_effective}' -L -b "$uploader_jar" -c "$uploader_jar" \
    "$instance1/member/home.xhtml" --data-urlencode "newFiling=newFiling" \
    --data-urlencode "newFiling:year_input=$open_year" --data-urlencode "newFiling:start=" \
    --data-urlencode "primefaces.nonce=$(nonce_of "$work/home-page")" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state_of "$work/home-page")")
printf '%%PDF-1.4\n%% group test %s\n%%%%EOF\n' "$(date +%s%N)" > "$work/evidence.pdf"
curl -sS -o "$work/uploaded" -b "$uploader_jar" -c "$uploader_jar" -H 'Faces-Request: partial/ajax' \
    -F "jakarta.faces.partial.ajax=true" -F "jakarta.faces.source=evidence:upload" \
    -F "jakarta.faces.partial.execute=evidence:upload" -F "jakarta.faces.partial.render=evidence evidenceList messages" \
    -F "evidence=evidence" \
    -F "evidence:upload_input=@$work/evidence.pdf;type=application/pdf" \
    -F "primefaces.nonce=$(nonce_of "$work/filing-page")" \
    -F "jakarta.faces.ViewState=$(view_state_of "$work/filing-page")" "$filing_url"
evidence_id=$(sql "SELECT e.id FROM evidence_file e JOIN progress_filing f ON f.id = e.filing_id JOIN member_company c
    ON c.id = f.company_id WHERE c.name_en LIKE 'Nanzi%' AND f.reporting_year = $open_year ORDER BY e.id DESC LIMIT 1")
if [ -z "$evidence_id" ]; then
    fail "no evidence stored through instance 1 (filing page $filing_url): $(grep -o 'summary">[^<]*' "$work/uploaded" || head -c 300 "$work/uploaded")"
else
    sign_in "$reader_jar" "${instance_urls[1]}" "$evidence_member"
    curl -fsS -o "$work/downloaded" -b "$reader_jar" "${instance_urls[1]}/evidence?id=$evidence_id"
    if cmp -s "$work/evidence.pdf" "$work/downloaded"; then
        pass "evidence $evidence_id uploaded through instance 1 came back from instance 2, byte for byte"
    else
        fail "instance 2 served other bytes for evidence $evidence_id: $(head -c 200 "$work/downloaded")"
    fi
fi

log "6. a member disabled through instance 1 is signed out on instance 2 at its next request"
member=member@harbor-crest-steel.example
victim_jar="$work/victim-cookies"; admin_jar="$work/admin-cookies"
instance2="${instance_urls[1]}"
# The final address of the member's home page on an instance: the page itself while signed in, the
# login page once signed out.
lands_on() { curl -sS -o /dev/null -w '%{url_effective}' -L -c "$1" -b "$1" "$2/member/home.xhtml"; }
sign_in "$victim_jar" "$instance2" "$member"
if [[ "$(lands_on "$victim_jar" "$instance2")" != *"/member/home.xhtml"* ]]; then
    fail "$member could not sign in on instance 2"
else
    sign_in "$admin_jar" "$instance1" admin@harbor-crest-steel.example
    curl -fsS -o "$work/users-page" -b "$admin_jar" -c "$admin_jar" "$instance1/member/company.xhtml"
    # The Disable button of the member's row; the form is sent as the browser would without script.
    toggle=$(python3 - "$member" "$work/users-page" <<'PY'
import re, sys
page = open(sys.argv[2], encoding='utf-8').read()
row = next(r for r in re.findall(r'<tr[^>]*>.*?</tr>', page, re.S) if sys.argv[1] in r)
print(re.search(r'id="(users:userTable:\d+:toggle)"', row).group(1))
PY
)
    view_state=$(view_state_of "$work/users-page"); nonce=$(nonce_of "$work/users-page")
    curl -fsS -o /dev/null -b "$admin_jar" -c "$admin_jar" "$instance1/member/company.xhtml" \
        --data-urlencode "users=users" --data-urlencode "$toggle=" --data-urlencode "primefaces.nonce=$nonce" \
        --data-urlencode "jakarta.faces.ViewState=$view_state"
    enabled=$(sql "SELECT enabled FROM user_account WHERE email = '$member'")
    if [ "$enabled" != 0 ]; then
        fail "the admin's Disable through instance 1 did not disable $member (enabled: '$enabled')"
    elif [[ "$(lands_on "$victim_jar" "$instance2")" == *"/public/login.xhtml"* ]]; then
        pass "disabled through instance 1, $member was sent to sign in again by instance 2"
    else
        fail "disabled through instance 1, $member is still signed in on instance 2"
    fi
    # Enabled again for the next check (a new sign-in is after sessions_valid_from_ms).
    sql "UPDATE user_account SET enabled = 1 WHERE email = '$member'"
fi

log "7. a new EAR rolled out one instance at a time (group.sh roll): no request failed, the member stayed signed in"
# The same EAR is rolled out under the other name while the public reads the directory and a member
# keeps visiting, all through HAProxy (decision 0052).
jar="$work/cookies"
member_home="$balancer/member/home.xhtml"
signed_in() {
    local status final
    read -r status final < <(curl -sS -o "$work/page" -w '%{http_code} %{url_effective}\n' -L -c "$jar" -b "$jar" "$member_home")
    [ "$status" = 200 ] && [[ "$final" == *"/member/home.xhtml"* ]] && ! grep -q 'id="login"' "$work/page"
}
sign_in "$jar" "$balancer" member@harbor-crest-steel.example
(
    while [ ! -f "$work/rolled" ]; do
        curl -sS -o /dev/null -w '%{http_code}\n' --max-time 30 "$balancer/public/members.xhtml" >> "$work/reads" || echo failed >> "$work/reads"
        if signed_in; then echo in >> "$work/visits"; else echo out >> "$work/visits"; fi
        sleep 0.5
    done
) &
visitor=$!
roll_started=$SECONDS
if bash "$root/src/payara/group.sh" roll "$payara_home" "$ear"; then rolled=yes; else rolled=no; fi
touch "$work/rolled"
wait "$visitor" || true
reads=$(wc -l < "$work/reads"); failed_reads=$(grep -vc '^200$' "$work/reads" || true)
visits=$(wc -l < "$work/visits"); signed_out=$(grep -c '^out$' "$work/visits" || true)
deployed_versions_now() { "${asadmin_remote[@]}" list-applications domain | awk '/^netzero-portal/ {print $1}' | tr '\n' ' '; }
deployed=$(deployed_versions_now)
if [ "$rolled" = yes ] && [ "$failed_reads" = 0 ] && [ "$signed_out" = 0 ] && [ "$reads" -gt 0 ]; then
    pass "rolled out in $((SECONDS - roll_started)) s (now deployed: $deployed): $reads directory reads, none failed; $visits member visits, all signed in"
else
    fail "roll: completed=$rolled, deployed: $deployed; $failed_reads of $reads reads failed; $signed_out of $visits visits signed out"
fi

log "8. a signed-in member's instance is killed (kill -9): the next request continues signed in"
sign_in "$jar" "$balancer" member@harbor-crest-steel.example
if signed_in; then
    serving=$(awk '$6 == "SRV" {print $7}' "$jar" | tail -1)
    echo "signed in, served by $serving"
    # The page's form, opened before the kill, is sent after it: its view (and the view-scoped
    # bean behind it) must come back from the Data Grid, not end in an error or "please repeat".
    # PrimeFaces' script adds the page's CSP nonce to every form it sends (primefaces.CSP): so do we.
    view_state=$(view_state_of "$work/page"); nonce=$(nonce_of "$work/page")
    pid=$(cat "$node_dir/$serving/config/pid")
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    status=$(curl -sS -o "$work/postback" -w '%{http_code}' -c "$jar" -b "$jar" "$member_home" \
        --data-urlencode "newFiling=newFiling" --data-urlencode "primefaces.nonce=$nonce" \
        --data-urlencode "jakarta.faces.ViewState=$view_state")
    if [ "$status" = 200 ] && grep -q 'id="newFiling"' "$work/postback"; then
        pass "the form of a page opened before the kill was sent after it and answered by the page"
    else
        fail "the form sent after the kill got $status: $(head -c 300 "$work/postback")"
    fi
    if signed_in; then
        now=$(awk '$6 == "SRV" {print $7}' "$jar" | tail -1)
        pass "still signed in after $serving was killed (now served by $now)"
    else
        fail "signed out (or an error) after $serving was killed: $(head -c 300 "$work/page")"
    fi
else
    fail "could not sign in through HAProxy: $(head -c 300 "$work/page")"
fi

log "9. the killed instance started again serves again"
if [ -n "${serving:-}" ]; then
    restarted=$SECONDS
    "${asadmin_remote[@]}" start-instance --timeout "${GROUP_START_TIMEOUT:-600}" "$serving" >/dev/null
    url=${instance_urls[$(( ${serving#portal-i} - 1 ))]}
    deadline=$((SECONDS + 300))
    until curl -fsS -o /dev/null "$url/public/members.xhtml" 2>/dev/null || [ $SECONDS -ge $deadline ]; do sleep 2; done
    if curl -fsS -o /dev/null "$url/public/members.xhtml" 2>/dev/null; then
        pass "$serving serves again $((SECONDS - restarted)) s after start-instance"
    else
        fail "$serving does not serve 5 min after start-instance: $("${asadmin_remote[@]}" show-component-status --target "$serving" "$(deployed_versions_now | awk '{print $1}')" 2>&1 | head -1)"
    fi
fi

log "done: $failures failure(s)"
[ "$failures" = 0 ]
