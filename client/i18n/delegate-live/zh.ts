import type { DelegateLiveCatalogue } from './en';

export const DELEGATE_LIVE_ZH: DelegateLiveCatalogue = {
  'delegateLive.stripHeading': '当前发言',
  'delegateLive.place': '排在第 {position} 位',
  'delegateLive.youAreNext': '下一位就是您',
  'delegateLive.youAreNextHint': '请做好准备：当前发言者之后由您发言。',
  'delegateLive.expectedAtVenue': '预计会场时间 {time}',
  'delegateLive.notifyButton': '前面还剩两位发言者时通知我',
  'delegateLive.notifyOn': '您前面还剩两位发言者时将收到通知。',
  'delegateLive.notifyStop': '不再通知我',
  'delegateLive.notifyUnsupported': '此浏览器无法显示通知：请保持本页打开以关注您的顺序。',
  'delegateLive.notifyDenied': '本网站的通知已被阻止：请在浏览器的网站设置中允许通知。',
  'delegateLive.alertTitle': '{name}：快轮到您了',
  'delegateLive.alertBody': '{n, plural, =0 {当前发言者之后就轮到您。} other {在当前发言者之后，您前面还有一位发言者。}}',
  'delegateLive.withdrawQuestion': '撤回此请求？',
  'delegateLive.withdrawConfirm': '撤回',
  'delegateLive.withdrawKeep': '保留',
  'delegateLive.blockedClosed': '发言名单已截止：现在只能请求答辩权。',
  'delegateLive.blockedCancelled': '本次会议已取消：不接受发言请求。',
  'delegateLive.blockedEnded': '本次会议已结束：不再接受发言请求。',
  'delegateLive.resumesAfterPointOfOrder': '因程序问题中断：之后由您继续发言',
};
