#!/usr/bin/env python3
"""Drives the real console (lead-web, with the three services behind it) in headless Chromium:
sign in, submit a lead, see its recommendation, sign it, see it in the weekly report; a wrong
password and a form without its CSRF token are refused; the duplicate warning before saving, a
lead's history, the pipeline's filters and sort, a ledger's upload, column mapping, dry run and
import; an officer sees only their own leads and no reports. Saves a screenshot of each main page.

Usage: console_test.py BASE_URL USERNAME PASSWORD SCREENSHOT_DIR OFFICER OFFICER_PASSWORD LEDGER
Run by Tests/EndToEndTests/ConsoleBrowserTests.swift, which starts the services and lead-web.
Exit status 0 when every check passed; each failure is printed."""
import sys
import time
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser_session import BrowserSession

base, username, password, shots, officer, officer_password, ledger = sys.argv[1:8]
session = BrowserSession(base, shots)
driver, check, wait_for, shot, sign_in, failures = (
    session.driver, session.check, session.wait_for, session.shot, session.sign_in, session.failures)


def reload_until(url, condition, tries=80):
    """The matcher follows intake's events: a new lead reaches its views a moment after saving."""
    for _ in range(tries):
        driver.get(url)
        if condition():
            return True
        time.sleep(0.25)
    return False


try:
    # A wrong password is refused, and says so.
    driver.get(base + "/login")
    shot("1-sign-in")
    sign_in(username, password + "x", wait=False)
    wait_for(lambda: driver.find_elements(By.ID, "login-error"))
    errors = driver.find_elements(By.ID, "login-error")
    check(bool(errors) and "错误" in errors[0].text, "a wrong password is refused with a message")
    check(driver.current_url.endswith("/login"), "a wrong password stays on the sign-in page")

    sign_in(username, password)
    check(wait_for(lambda: driver.current_url.endswith("/home")), "signing in opens the home page")
    check(bool(driver.find_elements(By.ID, "home-week")), "a supervisor's home page shows the bureau's week")
    driver.get(base + "/leads")
    check(driver.find_element(By.ID, "pipeline") is not None, "the pipeline table is shown")

    # Submit a lead: a missing field comes back next to the field, what was typed kept.
    driver.get(base + "/leads/new")
    driver.find_element(By.ID, "companyName").send_keys("华为技术有限公司")
    driver.find_element(By.ID, "headquarters").send_keys(" ")  # blank after trimming
    driver.find_element(By.ID, "projectName").send_keys("鲲鹏生态创新中心")
    driver.find_element(By.ID, "estimatedInvestment").send_keys("20亿")
    Select(driver.find_element(By.ID, "industry")).select_by_value("next-gen-it")
    driver.find_element(By.ID, "save").click()
    wait_for(lambda: driver.find_elements(By.ID, "error-headquarters"))
    field_errors = driver.find_elements(By.ID, "error-headquarters")
    check(bool(field_errors), "a missing headquarters is shown next to its field")
    said = field_errors[0].text if field_errors else ""
    check("不能为空" in said and "must" not in said and "/" not in said, f"a Chinese page says it in Chinese only ({said})")
    check(driver.find_element(By.ID, "companyName").get_attribute("value") == "华为技术有限公司", "what was typed is kept")
    shot("2-new-lead-with-error")
    driver.find_element(By.ID, "headquarters").clear()
    driver.find_element(By.ID, "headquarters").send_keys("广东深圳")
    driver.find_element(By.ID, "save").click()
    check(wait_for(lambda: "/leads/L-" in driver.current_url), "saving opens the lead's page")
    lead_url = driver.current_url.split("?")[0]
    lead_id = lead_url.rsplit("/", 1)[1]

    # Its recommendation arrives through the matcher: refresh until it is there.
    reload_until(lead_url, lambda: driver.find_elements(By.ID, "tier"))
    tier = driver.find_elements(By.ID, "tier")
    check(bool(tier) and tier[0].text in ("A", "B", "C"), f"the recommendation of {lead_id} is shown with its tier")
    check(bool(driver.find_elements(By.CSS_SELECTOR, "#reasons li")), "the recommendation shows its reasons")
    page_text = driver.find_element(By.ID, "recommendation").text
    check(not any(word in page_text for word in ("region:", "industry:", "enterprise-class", "next-gen-it")),
          "the evidence reads in Chinese (区域：…, 产业：…), not as wire values")
    check("产业：" in page_text, f"the evidence names what it supports ({page_text[-200:]})")
    shot("3-lead-with-recommendation")

    # Sign it on 2023-03-06 (Monday of week 2023-W10 in Beijing).
    driver.find_element(By.ID, "amount").send_keys("20亿")
    driver.execute_script("document.getElementById('signedAt').value = '2023-03-06'")
    driver.find_element(By.ID, "sign").click()
    wait_for(lambda: "20亿元" in driver.find_element(By.ID, "lead").text and "签约时间" in driver.find_element(By.ID, "lead").text)
    body = driver.find_element(By.ID, "lead").text
    check("签约" in body and "20亿元" in body, "the lead is signed for 20亿")
    notice = driver.find_elements(By.CSS_SELECTOR, "p.notice")
    check(bool(notice) and "签约已记录" in notice[0].text, "the signing is confirmed on the page")
    # Issue 21: the signing time reads as a Beijing date and time, and a signed project is offered
    # only the stages it may move to (开工, 投产), never back to 线索.
    check("2023-03-06 00:00" in body and "T00:00:00" not in body, f"the signing time reads as a date and time ({body})")
    options = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "#advance-stage option")]
    check(options == ["started", "operating"], f"a signed lead is offered the stages after signing ({options})")

    # The same company typed another way, with a like project: a warning before anything is saved.
    driver.get(base + "/leads/new")
    driver.find_element(By.ID, "companyName").send_keys("華為技術（深圳）有限公司")
    driver.find_element(By.ID, "headquarters").send_keys("深圳")
    driver.find_element(By.ID, "projectName").send_keys("鲲鹏生态创新中心建设项目")
    driver.find_element(By.ID, "save").click()
    wait_for(lambda: driver.find_elements(By.ID, "duplicate-warning"))
    warning = driver.find_elements(By.ID, "duplicate-warning")
    check(bool(warning) and lead_id in warning[0].text, f"a likely duplicate of {lead_id} is flagged before saving")
    check("/leads/new" not in driver.current_url and "/leads/L-" not in driver.current_url, "nothing was saved yet")
    shot("9-duplicate-warning")
    driver.find_element(By.ID, "save").click()  # now "仍然保存": the officer checked and saves anyway
    check(wait_for(lambda: "/leads/L-" in driver.current_url), "saving anyway creates the lead")
    second_id = driver.current_url.split("?")[0].rsplit("/", 1)[1]
    check(second_id != lead_id, f"the confirmed lead is a new one ({second_id})")

    # The first lead's history: created, then signed, newest first, with who did it.
    driver.get(lead_url)
    history = driver.find_elements(By.CSS_SELECTOR, "#history-table tbody tr")
    check(len(history) == 2, f"the history lists the two changes ({len(history)})")
    check(bool(history) and "签约" in history[0].text and username in history[0].text, "the newest change is the signing, by the officer")
    driver.execute_script("document.getElementById('history').scrollIntoView()")
    shot("10-lead-history")

    # A follow-up from the lead's page (issue 15): an outbound trip, confirmed, counted, in the history.
    check("尚无跟进记录" in driver.find_element(By.ID, "follow-up").text, "a lead without follow-ups says so")
    Select(driver.find_element(By.ID, "kind")).select_by_value("outbound")
    driver.find_element(By.ID, "destination").send_keys("深圳")
    driver.find_element(By.ID, "people").send_keys("华为中国区王总")
    driver.find_element(By.ID, "summary").send_keys("赴深圳拜访总部，商定二期选址考察")
    driver.find_element(By.ID, "record-follow-up").click()
    wait_for(lambda: "done=follow-up" in driver.current_url)
    section = driver.find_element(By.ID, "follow-up").text
    notice = driver.find_elements(By.CSS_SELECTOR, "p.notice")
    check(bool(notice) and "跟进已记录" in notice[0].text, "the follow-up is confirmed on the page")
    check("1 次" in section and "外出招商 1 次" in section, f"the page counts the follow-up and the trip ({section})")
    newest = driver.find_elements(By.CSS_SELECTOR, "#history-table tbody tr")
    check(bool(newest) and "外出招商" in newest[0].text and "深圳" in newest[0].text, "the history shows the trip first")
    shot("13-lead-follow-up")

    # Issues 16 and 21 on the lead's page: edit a field, record 开工 with its evidence, record funds
    # in place and correct them, each confirmed; a 投产 before 开工 is refused and changes nothing.
    driver.execute_script("document.getElementById('edit').open = true")
    park = driver.find_element(By.ID, "edit-carrierPark")
    park.clear()
    park.send_keys("花园口新兴产业园")
    driver.find_element(By.ID, "save-edit").click()
    wait_for(lambda: "done=edit" in driver.current_url)
    check("花园口新兴产业园" in driver.find_element(By.ID, "lead").text, "the edited field is saved and shown")
    notice = driver.find_elements(By.CSS_SELECTOR, "p.notice")
    check(bool(notice) and "线索信息已修改" in notice[0].text, "the edit is confirmed on the page")
    Select(driver.find_element(By.ID, "milestone")).select_by_value("operating")
    driver.execute_script("document.getElementById('milestoneOn').value = '2023-05-01'")
    driver.find_element(By.ID, "evidence").send_keys("投产仪式")
    driver.find_element(By.ID, "record-milestone").click()
    wait_for(lambda: driver.find_elements(By.ID, "action-error"))
    errors = driver.find_elements(By.ID, "action-error")
    check(bool(errors) and "开工" in errors[0].text, "投产 before 开工 is refused with a message in Chinese")
    check(bool(driver.find_elements(By.ID, "no-milestones")), "and nothing was recorded")
    Select(driver.find_element(By.ID, "milestone")).select_by_value("started")
    driver.execute_script("document.getElementById('milestoneOn').value = '2023-05-08'")
    driver.find_element(By.ID, "evidence").clear()
    driver.find_element(By.ID, "evidence").send_keys("施工许可证 410100202305080101")
    driver.find_element(By.ID, "record-milestone").click()
    wait_for(lambda: "done=milestone" in driver.current_url)
    milestones = driver.find_element(By.ID, "milestones").text
    check("开工" in milestones and "2023-05-08" in milestones and "施工许可证" in milestones,
          f"开工 is listed with its date and evidence ({milestones})")
    check("开工" in driver.find_element(By.ID, "lead").text, "the lead's stage is now 开工")
    driver.find_element(By.ID, "fundsAmount").send_keys("3亿")
    driver.execute_script("document.getElementById('fundsOn').value = '2023-06-30'")
    Select(driver.find_element(By.ID, "fundsOrigin")).select_by_value("outside-province")
    driver.find_element(By.ID, "record-funds").click()
    wait_for(lambda: "done=funds" in driver.current_url)
    funds = driver.find_element(By.ID, "funds").text
    check("F-1" in funds and "3亿元" in funds and "15.0%" in funds, f"the funds are listed against the contract ({funds})")
    driver.execute_script("document.getElementById('funds-correction').open = true")
    driver.find_element(By.ID, "correctAmount").send_keys("3.5亿")
    driver.execute_script("document.getElementById('correctOn').value = '2023-06-30'")
    driver.find_element(By.ID, "correctReason").send_keys("银行回单更正")
    driver.find_element(By.ID, "correct-funds").click()
    wait_for(lambda: "3.5亿元" in driver.find_element(By.ID, "funds").text)
    funds = driver.find_element(By.ID, "funds").text
    check("3.5亿元" in funds and "17.5%" in funds and funds.count("F-") == 1,
          f"the correction replaces the entry, it adds nothing ({funds})")
    driver.execute_script("document.getElementById('after-signing').scrollIntoView()")
    shot("14-after-signing")

    # The pipeline: filter by region and class, sort by amount.
    check(reload_until(base + "/leads", lambda: second_id in driver.find_element(By.ID, "pipeline").text),
          f"the pipeline lists {second_id}")
    Select(driver.find_element(By.ID, "region")).select_by_value("greater-bay-area")
    driver.find_element(By.ID, "apply-filter").click()
    wait_for(lambda: "region=greater-bay-area" in driver.current_url)
    ids = [row.find_element(By.TAG_NAME, "a").text for row in driver.find_elements(By.CSS_SELECTOR, "#pipeline tbody tr")]
    check(lead_id in ids and second_id in ids, f"the Greater Bay Area filter keeps both Shenzhen leads ({ids})")
    Select(driver.find_element(By.ID, "class")).select_by_value("central-soe")
    driver.find_element(By.ID, "apply-filter").click()
    wait_for(lambda: "class=central-soe" in driver.current_url)
    check(not driver.find_elements(By.CSS_SELECTOR, "#pipeline tbody tr"), "no Shenzhen lead is a central SOE")
    driver.get(base + "/leads")
    driver.find_element(By.ID, "sort-amount").click()
    wait_for(lambda: "sort=amount" in driver.current_url)
    first = driver.find_elements(By.CSS_SELECTOR, "#pipeline tbody tr")
    check(bool(first) and lead_id in first[0].text, "sorting by amount puts the 20亿 lead first")
    shot("13-pipeline-by-amount")

    # A ledger: upload, the columns as read, the dry run; rejected rows hold the import back.
    driver.get(base + "/import")
    driver.find_element(By.ID, "ledger").send_keys(ledger)
    driver.find_element(By.ID, "upload").click()
    wait_for(lambda: driver.find_elements(By.ID, "import-summary"))
    check(bool(driver.find_elements(By.ID, "mapping")), "the column mapping is shown")
    to_create = int(driver.find_element(By.ID, "count-create").text)
    check(driver.find_element(By.ID, "count-reject").text == "2", "the dry run rejects the two bad rows")
    check(int(driver.find_element(By.ID, "count-duplicate").text) >= 1, "the 华为 row is a duplicate of the lead in the pipeline")
    rejected = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#import-lines tr.reject")]
    check([text.split()[0] for text in rejected] == ["9", "12"], f"each rejected row is named with its reason ({rejected})")
    check(not driver.find_elements(By.ID, "import-now"), "with rejected rows there is no import button")
    remark = Select(driver.find_element(By.NAME, "map.备注"))
    remark.select_by_value("description")
    driver.find_element(By.ID, "skip-rejected").click()
    driver.find_element(By.ID, "dry-run").click()
    wait_for(lambda: driver.find_elements(By.ID, "import-now"))
    check(Select(driver.find_element(By.NAME, "map.备注")).first_selected_option.get_attribute("value") == "description",
          "a changed column mapping is kept")
    shot("11-import-dry-run")
    driver.find_element(By.ID, "import-now").click()
    wait_for(lambda: driver.find_elements(By.ID, "import-done"))
    done = driver.find_elements(By.ID, "import-done")
    check(bool(done) and done[0].text.endswith(str(to_create)), f"the import creates the {to_create} planned leads")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#import-lines a[href^='/leads/L-']")) >= to_create,
          "each imported row links to its lead")

    # A CSV saved by Excel on a Chinese Windows (GBK) uploads and plans like any ledger (issue 18).
    driver.get(base + "/import")
    driver.find_element(By.ID, "ledger").send_keys(ledger.replace(".xlsx", ".gbk.csv"))
    driver.find_element(By.ID, "upload").click()
    wait_for(lambda: driver.find_elements(By.ID, "import-summary") or driver.find_elements(By.CSS_SELECTOR, ".error"))
    page_text = driver.find_element(By.TAG_NAME, "main").text
    check(bool(driver.find_elements(By.ID, "import-summary")) and "腾讯科技（深圳）有限公司" in page_text,
          f"a GBK CSV is read in the console's upload ({page_text[:200]})")

    # Another district's template, as Excel saves it: its headers are read by what they mean and the
    # mapping is shown before anything is imported; all three rows would be created.
    driver.get(base + "/import")
    driver.find_element(By.ID, "ledger").send_keys(ledger.replace("huiji-ledger-2023.xlsx", "another-district-ledger.xlsx"))
    driver.find_element(By.ID, "upload").click()
    wait_for(lambda: driver.find_elements(By.ID, "import-summary") or driver.find_elements(By.CSS_SELECTOR, ".error"))
    page_text = driver.find_element(By.TAG_NAME, "main").text
    creates = driver.find_elements(By.ID, "count-create")
    check(bool(creates) and creates[0].text == "3" and "投资主体" in page_text and "企业注册地" in page_text,
          f"an .xlsx with another district's headers plans all its rows, its mapping shown ({page_text[:300]})")
    shot("11b-import-other-template")

    # The weekly report counts it.
    driver.get(base + "/reports/weekly?period=2023-W10")
    report = driver.find_element(By.ID, "report").text
    check("鲲鹏生态创新中心" in report, "the weekly report lists the signed project")
    shot("4-weekly-report")
    # Every kind of period opens by its own form: a month, a quarter, a year (issue 21).
    for period in ("2023-03", "2023-Q1", "2023"):
        driver.get(base + f"/reports/weekly?period={period}")
        shown = driver.find_elements(By.ID, "report")
        check(bool(shown) and "鲲鹏生态创新中心" in shown[0].text, f"the report of {period} opens and lists the signing")
    # Tabs by kind and previous/next: from the week 2023-W10 to its month, then the month before.
    driver.get(base + "/reports/weekly?period=2023-W10")
    driver.find_element(By.ID, "tab-month").click()
    check(wait_for(lambda: driver.current_url.endswith("period=2023-03")), "the 月报 tab opens the week's month")
    driver.find_element(By.ID, "period-previous").click()
    check(wait_for(lambda: driver.current_url.endswith("period=2023-02")), "previous opens the month before")
    driver.find_element(By.ID, "period-next").click()
    check(wait_for(lambda: driver.current_url.endswith("period=2023-03")), "next comes back")
    check("鲲鹏生态创新中心" in driver.find_element(By.ID, "report").text, "and shows the signing again")
    # The quarter's report presents its indicators and its 三个一批; both have pages of their own (issue 16).
    driver.get(base + "/reports/weekly?period=2023-Q2")
    quarter = driver.find_element(By.ID, "report").text
    check("开工率" in quarter and "开工一批" in quarter and "3.5" in quarter,
          "the 季通报 shows the rates, the funds in place and its 三个一批")
    driver.find_element(By.ID, "tab-rounds").click()
    wait_for(lambda: "/reports/rounds" in driver.current_url)
    driver.get(base + "/reports/rounds?quarter=2023-Q2")
    rounds = driver.find_element(By.ID, "report").text
    check("开工一批" in rounds and lead_id in rounds and "2023-Q1" in rounds,
          f"三个一批 of 2023-Q2 lists the project started in it, signed in Q1 ({rounds[:300]})")
    shot("15-three-batches")
    driver.get(base + "/reports/assessment?year=2023")
    assessment = driver.find_element(By.ID, "report").text
    check("招商专员排名" in assessment and "新开工项目" in assessment and "施行日期" in assessment,
          "the 年考核 page shows the scheme and the officers' ranking with its items")
    shot("16-assessment")
    for path in ("/reports/rounds.xlsx?quarter=2023-Q2", "/reports/assessment.csv?year=2023"):
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
        with urllib.request.urlopen(urllib.request.Request(base + path, headers={"Cookie": cookie})) as reply:
            body = reply.read()
            check(reply.status == 200 and len(body) > 100, f"{path} downloads")
    driver.get(base + "/prospects?industry=next-gen-it&class=fortune-global-500")
    rows = driver.find_elements(By.CSS_SELECTOR, "#prospects tbody tr")
    check(len(rows) > 0, f"the prospect map lists Global 500 firms in next-gen IT ({len(rows)})")
    check(all("华为" not in row.text for row in rows), "a group already in the pipeline (华为) is left out of the prospects")
    shot("8-prospects")
    # Every prospect can be reached: 50 a page, the next page continues where the first ended.
    driver.get(base + "/prospects")
    first = [row.find_element(By.TAG_NAME, "td").text for row in driver.find_elements(By.CSS_SELECTOR, "#prospects tbody tr")]
    summary = driver.find_element(By.ID, "prospect-summary").text
    check(len(first) == 50 and "第 1–50 家" in summary, f"the first page shows 50 ({summary})")
    driver.find_element(By.ID, "prospects-next").click()
    wait_for(lambda: "page=2" in driver.current_url)
    second = [row.find_element(By.TAG_NAME, "td").text for row in driver.find_elements(By.CSS_SELECTOR, "#prospects tbody tr")]
    check(second and not set(first) & set(second), "the second page lists the next prospects, none twice")
    check("第 51–" in driver.find_element(By.ID, "prospect-summary").text, "and says which they are")
    # A prospect becomes a lead: its link opens the new-lead form filled with it.
    name = driver.find_element(By.CSS_SELECTOR, "#prospects tbody tr td").text
    driver.find_element(By.CSS_SELECTOR, "#prospects tbody tr a.to-lead").click()
    wait_for(lambda: "/leads/new" in driver.current_url)
    check(driver.find_element(By.ID, "companyName").get_attribute("value") == name,
          f"the new-lead form comes filled with the prospect ({name})")
    driver.get(base + "/leads")
    shot("5-pipeline")
    driver.get(base + "/leads?lang=en")
    check("Pipeline" in driver.page_source, "the English switch works")
    shot("6-pipeline-english")

    # A form posted without the session's CSRF token is refused, even with the session cookie.
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(
        base + f"/leads/{lead_id}/advance", data=b"stage=dropped", method="POST",
        headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    try:
        urllib.request.urlopen(request)
        check(False, "a form without its CSRF token is refused")
    except urllib.error.HTTPError as error:
        check(error.code == 403, f"a form without its CSRF token is refused (HTTP {error.code})")
    # The pipeline and the report download as Excel workbooks (a ZIP: "PK").
    for path in ("/leads/export.xlsx", "/reports/download.xlsx?period=2023-W10", "/reports/download.xlsx?period=2023-03",
                 "/reports/download.xlsx?period=2023-Q1", "/reports/download.xlsx?period=2023"):
        with urllib.request.urlopen(urllib.request.Request(base + path, headers={"Cookie": cookie})) as reply:
            body = reply.read()
            check(reply.status == 200 and body[:2] == b"PK", f"{path} downloads an .xlsx workbook")
    driver.get(lead_url + "?lang=zh")
    check("签约" in driver.find_element(By.ID, "lead").text, "the refused form changed nothing (still signed)")

    # Phone width: the page still fits.
    driver.set_window_size(390, 844)
    driver.get(lead_url)
    shot("7-lead-on-a-phone")
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(width <= 400, f"the lead page fits a phone's width ({width}px)")
    driver.set_window_size(1366, 1000)

    # An officer: no reports, only their own leads, and another's lead is refused.
    driver.find_element(By.ID, "sign-out").click()
    wait_for(lambda: driver.current_url.endswith("/login"))
    sign_in(officer, officer_password)
    check(wait_for(lambda: driver.current_url.endswith("/home")), "the officer signs in to their home page")
    check(not driver.find_elements(By.ID, "home-week"), "an officer's home page has no bureau figures")
    driver.get(base + "/leads")
    check(not driver.find_elements(By.CSS_SELECTOR, "nav a[href='/reports/weekly']"), "officers have no reports link")
    check(not driver.find_elements(By.CSS_SELECTOR, "#pipeline tbody tr"), "the officer's pipeline holds none of the others' leads")
    driver.get(base + "/leads/new")
    driver.find_element(By.ID, "companyName").send_keys("中粮集团有限公司")
    driver.find_element(By.ID, "headquarters").send_keys("北京")
    driver.find_element(By.ID, "projectName").send_keys("粮油精深加工基地")
    driver.find_element(By.ID, "save").click()
    check(wait_for(lambda: "/leads/L-" in driver.current_url), "the officer saves a lead")
    own_id = driver.current_url.split("?")[0].rsplit("/", 1)[1]
    created = driver.find_elements(By.CSS_SELECTOR, "#history-table tbody tr")
    check(bool(created) and "王敏" in created[0].text and "wangmin" not in created[0].text,
          "the history names the officer as people know her (王敏), not by her identity")
    check(reload_until(base + "/leads", lambda: own_id in driver.find_element(By.ID, "pipeline").text),
          f"the officer's pipeline shows {own_id}")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#pipeline tbody tr")) == 1, "and only that lead")
    shot("12-officer-pipeline")
    # The officer's own list does not hold the ledger's leads, but the matcher knows them: the dry
    # run marks every row the supervisor imported as a duplicate instead of creating it again.
    driver.get(base + "/import")
    driver.find_element(By.ID, "ledger").send_keys(ledger)
    driver.find_element(By.ID, "upload").click()
    wait_for(lambda: driver.find_elements(By.ID, "import-summary"))
    check(driver.find_element(By.ID, "count-create").text == "0",
          "an officer's dry run finds the rows already in the pipeline under another officer")
    driver.get(lead_url)
    check("403" in driver.title or bool(driver.find_elements(By.CSS_SELECTOR, "p.error")),
          "another officer's lead is refused")
    driver.get(base + "/reports/weekly")
    check("403" in driver.title or bool(driver.find_elements(By.CSS_SELECTOR, "p.error")), "reports are refused to officers")
finally:
    driver.quit()

print(f"{len(failures)} failed" if failures else "all browser checks passed")
sys.exit(1 if failures else 0)
