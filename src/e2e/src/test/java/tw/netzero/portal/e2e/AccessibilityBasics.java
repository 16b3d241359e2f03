package tw.netzero.portal.e2e;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An automated check of the basics of accessibility on the page the browser shows (WCAG 2.1 AA
 * where it can be decided mechanically): the html element names its language; every visible form
 * control has a label; every table has column headers; images have alternative text; links have
 * a name; and visible text contrasts with its background at least 4.5:1 (3:1 for large text),
 * computed from the rendered colours, so the theme's colours are what is checked.
 * (axe-core is not available here; these are its rules for the same basics, written small.)
 */
final class AccessibilityBasics {

    private static final String SCRIPT = """
            const problems = [];
            const lang = document.documentElement.getAttribute('lang');
            if (!lang || !lang.trim()) problems.push('html has no lang attribute');
            const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
                && getComputedStyle(el).visibility !== 'hidden';
            const name = el => (el.getAttribute('aria-label') || '').trim()
                || (el.getAttribute('aria-labelledby') || '').split(' ').map(id => document.getElementById(id))
                    .filter(x => x).map(x => x.textContent.trim()).join(' ')
                || (el.id && [...document.querySelectorAll('label')].filter(l => l.htmlFor === el.id)
                    .map(l => l.textContent.trim()).join(' '))
                || (el.closest('label') ? el.closest('label').textContent.trim() : '')
                || (el.getAttribute('title') || '').trim();
            document.querySelectorAll('input, select, textarea').forEach(el => {
                if (el.type === 'hidden' || !visible(el)) return;
                if (!name(el)) problems.push('form control without a label: ' + (el.id || el.name || el.outerHTML.slice(0, 80)));
            });
            document.querySelectorAll('table').forEach(table => {
                if (!table.querySelector('th')) problems.push('table without header cells: ' + (table.id || ''));
                table.querySelectorAll('thead th').forEach(th => {
                    if (!th.textContent.trim()) problems.push('empty column header in ' + (table.id || ''));
                });
            });
            document.querySelectorAll('img').forEach(img => {
                if (!img.hasAttribute('alt')) problems.push('image without alt: ' + img.src);
            });
            document.querySelectorAll('a[href]').forEach(a => {
                if (visible(a) && !(a.textContent.trim() || a.getAttribute('aria-label') || a.querySelector('img[alt]')))
                    problems.push('link without a name: ' + a.getAttribute('href'));
            });
            const rgba = text => { const m = text.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
            const luminance = ([r, g, b]) => {
                const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
            };
            const background = el => {
                for (let e = el; e; e = e.parentElement) {
                    const c = rgba(getComputedStyle(e).backgroundColor);
                    if (c[3] > 0.5) return c;
                }
                return [255, 255, 255, 1];
            };
            const seen = new Set();
            document.querySelectorAll('body *').forEach(el => {
                if (!visible(el) || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) return;
                const ownText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                if (!ownText) return;
                const style = getComputedStyle(el);
                const fg = rgba(style.color), bg = background(el);
                const l1 = luminance(fg), l2 = luminance(bg);
                const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
                const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
                const key = style.color + '/' + bg.join(',') + '/' + needed;
                if (ratio < needed && !seen.has(key)) {
                    seen.add(key);
                    problems.push('contrast ' + ratio.toFixed(2) + ' < ' + needed + ' for "' + el.textContent.trim().slice(0, 40)
                        + '" (' + style.color + ' on rgb(' + bg.slice(0, 3).join(',') + '))');
                }
            });
            return problems;
            """;

    private AccessibilityBasics() {
    }

    @SuppressWarnings("unchecked")
    static List<String> problems(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(SCRIPT);
    }
}
