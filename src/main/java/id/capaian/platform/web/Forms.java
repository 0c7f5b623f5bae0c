package id.capaian.platform.web;

import id.capaian.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a service's validation problems on a form, field by field, in the user's language. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, InvalidInputException e) {
        for (var p : e.problems()) {
            Object[] args = p.args().toArray();
            if (p.field() != null && binding.getTarget() != null
                    && org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), p.field()) != null) {
                binding.rejectValue(p.field(), p.code(), args, p.code());
            } else {
                binding.reject(p.code(), args, p.code());
            }
        }
    }
}
