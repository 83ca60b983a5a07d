#!/usr/bin/env python3
"""Drives the console's supervision pages (挂图作战, 督办, 通知) in headless Chromium: a supervisor
filters the board by light, issues a 督办 order from a board row (a bad deadline is refused next
to the form, what was typed kept), and sees it listed; the officer it is addressed to finds it in
the inbox, marks the inbox read, signs for the order and answers it. Saves a screenshot of each page.

Usage: supervision_test.py BASE_URL SUPERVISOR PASSWORD OFFICER OFFICER_PASSWORD SCREENSHOT_DIR YELLOW_LEAD GREEN_LEAD
DEADLINE SIGNED_ON
Run by Tests/EndToEndTests/ConsoleBrowserTests.swift, which starts the services (clock moved) and lead-web."""
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser_session import BrowserSession

base, supervisor, password, officer, officer_password, shots, yellow, green, deadline, signed_on = sys.argv[1:11]
session = BrowserSession(base, shots, window="1366,900")
driver, check, wait_for, shot, sign_in, failures = (
    session.driver, session.check, session.wait_for, session.shot, session.sign_in, session.failures)


def board_leads():
    return [row.get_attribute("data-lead") for row in driver.find_elements(By.CSS_SELECTOR, "#board tbody tr")]


try:
    sign_in(supervisor, password)
    # The supervisor's home page: the week, the lights, the latest 督办.
    check(driver.current_url.endswith("/home"), "signing in opens the home page")
    week = driver.find_element(By.ID, "home-week").text
    check("签约项目" in week and "督办：" in week, f"the bureau's week and its supervision line ({week})")
    worst = [row.get_attribute("data-lead") for row in driver.find_elements(By.CSS_SELECTOR, "#home-worst tr")]
    check(worst == [yellow], f"the home page lists the yellow lead, not the green one ({worst})")
    shot("19-supervisor-home")
    driver.get(base + "/board")
    check(yellow in board_leads() and green in board_leads(), "the board lists the active leads")
    counts = driver.find_element(By.ID, "board-counts").text
    check("黄灯 1" in counts, f"the board counts the yellow lead ({counts})")
    row = driver.find_element(By.CSS_SELECTOR, f"#board tr[data-lead='{yellow}']")
    check("黄灯" in row.text and "未跟进" in row.text, f"a yellow row says why ({row.text})")
    check(board_leads()[0] == yellow, "worst first")
    shot("20-board")
    Select(driver.find_element(By.ID, "light")).select_by_value("yellow")
    driver.find_element(By.ID, "filter").click()
    wait_for(lambda: "light=yellow" in driver.current_url)
    check(board_leads() == [yellow], f"filtered by light, only the yellow lead ({board_leads()})")

    # 督办 from the board row: a past deadline is refused, what was typed kept; then issued.
    driver.find_element(By.CSS_SELECTOR, f"#board tr[data-lead='{yellow}'] a[href^='/orders']").click()
    wait_for(lambda: driver.find_elements(By.ID, "order-form"))
    check(driver.find_element(By.ID, "leadId").get_attribute("value") == yellow, "the form names the lead")
    driver.find_element(By.ID, "orderUnit").send_keys("区投资促进局一科")
    driver.find_element(By.ID, "request").send_keys("请于本周内走访企业并反馈用地需求")
    driver.execute_script("document.getElementById('deadline').value = '2020-01-01'")
    driver.find_element(By.ID, "issue").click()
    wait_for(lambda: driver.find_elements(By.ID, "order-error"))
    errors = driver.find_elements(By.ID, "order-error")
    check(bool(errors) and "期限" in errors[0].text, f"a past deadline is refused in Chinese ({errors[0].text if errors else ''})")
    check("走访企业" in driver.find_element(By.ID, "request").get_attribute("value"), "what was typed is kept")
    driver.execute_script(f"document.getElementById('deadline').value = '{deadline}'")
    driver.find_element(By.ID, "issue").click()
    check(wait_for(lambda: "done=issued" in driver.current_url), "issuing returns to the lead's orders")
    check("督办已下达" in driver.find_element(By.CSS_SELECTOR, ".notice").text, "and says the order was issued")
    orders = driver.find_elements(By.CSS_SELECTOR, "#orders tbody tr")
    check(len(orders) == 1 and "已下达" in orders[0].text and "蓝色督办" in orders[0].text, "the order is listed, issued, blue")
    order_id = orders[0].get_attribute("data-order") if orders else ""
    shot("21-order-issued")

    # 流转与分包 on the yellow lead; then sign the green one, add a capital increase, void it.
    driver.get(f"{base}/leads/{yellow}")
    driver.find_element(By.ID, "assignUnit").clear()
    driver.find_element(By.ID, "assignUnit").send_keys("区投资促进局一科")
    driver.find_element(By.ID, "assignLeader").send_keys("李副区长")
    driver.find_element(By.ID, "assignReason").send_keys("重点项目分包")
    driver.find_element(By.ID, "save-assignment").click()
    check(wait_for(lambda: "done=assign" in driver.current_url), "the assignment is saved")
    check("流转与分包已保存" in driver.find_element(By.CSS_SELECTOR, ".notice").text, "and says so")
    facts = driver.find_element(By.ID, "follow-ups").text
    check("区投资促进局一科" in facts and "李副区长" in facts, f"the lead shows its unit and leader ({facts})")
    driver.get(f"{base}/leads/{green}")
    driver.find_element(By.ID, "amount").send_keys("5亿")
    driver.execute_script(f"document.getElementById('signedAt').value = '{signed_on}'")
    driver.find_element(By.ID, "sign").click()
    check(wait_for(lambda: "done=signing" in driver.current_url), "signed in the console")
    driver.find_element(By.ID, "increaseAmount").send_keys("2亿")
    driver.find_element(By.ID, "record-increase").click()
    check(wait_for(lambda: "done=increase" in driver.current_url), "a capital increase is recorded")
    check("增资已记录" in driver.find_element(By.CSS_SELECTOR, ".notice").text, "and says so")
    driver.find_element(By.ID, "voidReason").send_keys("企业撤回投资")
    driver.execute_script("document.getElementById('confirm-void').removeAttribute('required')")
    driver.find_element(By.ID, "void-signing").click()
    wait_for(lambda: driver.find_elements(By.ID, "action-error"))
    errors = driver.find_elements(By.ID, "action-error")
    check(bool(errors) and "勾选确认" in errors[0].text, "voiding without the confirmation is refused")
    driver.find_element(By.ID, "voidReason").send_keys("企业撤回投资")
    driver.find_element(By.ID, "confirm-void").click()
    driver.find_element(By.ID, "void-signing").click()
    check(wait_for(lambda: "done=void" in driver.current_url), "the signing is voided")
    lead_text = driver.find_element(By.ID, "lead").text
    check("在谈" in lead_text and "签约金额" not in lead_text, f"the project is back in negotiation ({lead_text})")
    check("增资" in driver.find_element(By.TAG_NAME, "main").text, "the history keeps the increase")
    shot("25-lead-actions")
    driver.find_element(By.ID, "sign-out").click()

    # The officer: their home page has their yellow lead and the order addressed to them.
    sign_in(officer, officer_password)
    worst = [row.get_attribute("data-lead") for row in driver.find_elements(By.CSS_SELECTOR, "#home-worst tr")]
    check(worst == [yellow], f"the officer's home page lists their yellow lead ({worst})")
    orders_text = driver.find_element(By.ID, "home-open-orders").text
    check(order_id in orders_text and "已下达" in orders_text, f"and the order addressed to them ({orders_text})")
    check("未读 2" in driver.find_element(By.ID, "home-inbox").text, "and two unread notifications")
    shot("24-officer-home")
    # The inbox has the order (and the yellow light); mark all read.
    driver.get(base + "/inbox")
    unread = driver.find_elements(By.CSS_SELECTOR, "#inbox tr.unread")
    titles = " ".join(row.text for row in unread)
    check(order_id and order_id in titles and "【督办】" in titles, f"the officer's inbox has the order ({titles})")
    check("【黄灯】" in titles and yellow in titles, "and the yellow light of their lead")
    shot("22-inbox")
    driver.find_element(By.ID, "mark-all-read").click()
    wait_for(lambda: "done=read" in driver.current_url)
    check("未读 0" in driver.find_element(By.ID, "inbox-unread").text, "marked read")
    check(not driver.find_elements(By.CSS_SELECTOR, "#inbox tr.unread"), "nothing in bold any more")

    # Sign for it, then answer it.
    driver.get(base + "/orders?mine=1")
    driver.find_element(By.ID, f"acknowledge-{order_id}").click()
    wait_for(lambda: "done=acknowledged" in driver.current_url)
    state = driver.find_element(By.CSS_SELECTOR, f"tr[data-order='{order_id}'] td.state").text
    check(state == "已签收", f"signed for ({state})")
    driver.find_element(By.ID, f"answer-{order_id}").send_keys("已走访，企业需用地80亩，已对接自然资源局")
    driver.find_element(By.ID, f"submit-answer-{order_id}").click()
    wait_for(lambda: "done=answered" in driver.current_url)
    row = driver.find_element(By.CSS_SELECTOR, f"tr[data-order='{order_id}']")
    check("已反馈" in row.text and "80亩" in row.text, f"answered, with the answer shown ({row.text})")
    shot("23-order-answered")
    # An officer issues no orders: the form is not there.
    check(not driver.find_elements(By.ID, "order-form"), "an officer sees no order form")

    # On a phone (390 px), as the officer and then as the supervisor: every page fits the width
    # (tables become cards; a page never scrolls sideways as a whole), and a screenshot of each.
    def walk_on_a_phone(who, paths):
        driver.set_window_size(390, 844)
        for name, path in paths:
            driver.get(base + path)
            width = driver.execute_script("return document.documentElement.scrollWidth")
            check(width <= 400, f"{who}: {path} fits a phone's width ({width}px)")
            shot(f"phone-{who}-{name}")
        driver.set_window_size(1366, 900)

    pages = [("home", "/home"), ("pipeline", "/leads"), ("lead", f"/leads/{yellow}"), ("board", "/board"),
             ("orders", "/orders"), ("inbox", "/inbox"), ("prospects", "/prospects"), ("new-lead", "/leads/new")]
    walk_on_a_phone("officer", pages)
    driver.find_element(By.ID, "sign-out").click()
    sign_in(supervisor, password)
    walk_on_a_phone("supervisor", pages + [("report", "/reports/weekly"), ("rounds", "/reports/rounds"),
                                           ("assessment", "/reports/assessment"), ("import", "/import")])
    driver.set_window_size(390, 844)
    driver.get(base + "/board")
    display = driver.execute_script("return getComputedStyle(document.querySelector('#board tbody tr')).display")
    check(display == "block", f"the board's rows are cards on a phone ({display})")
    driver.set_window_size(1366, 900)
finally:
    driver.quit()

if failures:
    print(f"{len(failures)} browser check(s) failed")
    sys.exit(1)
print("all supervision browser checks passed")
