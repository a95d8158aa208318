import type { DelegateLiveCatalogue } from './en';

export const DELEGATE_LIVE_AR: DelegateLiveCatalogue = {
  'delegateLive.stripHeading': 'الكلمة الآن',
  'delegateLive.place': 'الترتيب {position} في القائمة',
  'delegateLive.youAreNext': 'دوركم التالي',
  'delegateLive.youAreNextHint': 'استعدوا: تأخذون الكلمة بعد المتكلم الحالي.',
  'delegateLive.expectedAtVenue': 'متوقع في {time} بتوقيت مكان الانعقاد',
  'delegateLive.notifyButton': 'نبّهوني حين يبقى متكلمان قبلي',
  'delegateLive.notifyOn': 'ستصلكم تنبيهة حين يبقى متكلمان قبلكم.',
  'delegateLive.notifyStop': 'أوقفوا التنبيه',
  'delegateLive.notifyUnsupported': 'لا يعرض هذا المتصفح التنبيهات: أبقوا هذه الصفحة مفتوحة لمتابعة دوركم.',
  'delegateLive.notifyDenied': 'التنبيهات محظورة لهذا الموقع: اسمحوا بها في إعدادات المتصفح لتصلكم.',
  'delegateLive.alertTitle': '{name}: اقترب دوركم',
  'delegateLive.alertBody': '{n, plural, =0 {دوركم التالي بعد المتكلم الحالي.} other {متكلم واحد قبلكم، بعد المتكلم الحالي.}}',
  'delegateLive.withdrawQuestion': 'سحب الطلب؟',
  'delegateLive.withdrawConfirm': 'سحب',
  'delegateLive.withdrawKeep': 'إبقاء',
  'delegateLive.blockedClosed': 'قائمة المتكلمين مقفلة: لا يمكن الآن إلا طلب حق الرد.',
  'delegateLive.blockedCancelled': 'أُلغيت هذه الجلسة: لا تقبل طلبات لأخذ الكلمة.',
  'delegateLive.blockedEnded': 'انتهت هذه الجلسة: لم تعد تقبل طلبات لأخذ الكلمة.',
  'delegateLive.resumesAfterPointOfOrder': 'قاطعتها نقطة نظام: تستأنفون الكلمة بعدها',
};
